// Journey: `npm run export` meets a slide too long for its page, no Chromium, or a folder it cannot write, and says so clearly.
import { expect } from '@playwright/test';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { runExport } from './pdf-tools.ts';
import { test } from './site-variants.ts';

test('a slide that does not fit its page stops the export with its file, line and number', () => {
  test.setTimeout(180_000);
  const out = 'test-results/pdf-errors/too-tall';
  rmSync(out, { recursive: true, force: true });
  const run = runExport(['--format', 'pdf', '--dist', 'test-results/pdf-errors/dist', '--out', out], { DECK_SLIDES_DIR: 'tests/fixtures/pdf/too-tall' });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^error\[slide-overflow\] {2}1 of 2 slides do not fit their page:$/m);
  expect(run.stderr).toMatch(/tests\/fixtures\/pdf\/too-tall\/01-for-lang\.md:7 {2}slide 2 \(#\/en-bild-med-alldeles-for-manga-punkter\): the content is \d+ px tall, the page 720 px/);
  expect(run.stderr).toContain('hint: shorten the text or split the slide in two');
  // Nothing half-written: the folder is there, empty.
  expect(readdirSync(out)).toEqual([]);
});

test('without Chromium the export says where it looked and how to install it', () => {
  const out = 'test-results/pdf-errors/no-chromium';
  rmSync(out, { recursive: true, force: true });
  const run = runExport(['--out', out], { CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('error[chromium-missing]  Chromium is missing: CHROMIUM_PATH points to /nonexistent/chromium, which does not exist');
  expect(run.stderr).toContain('hint: install Chromium (Debian: apt-get install chromium-headless-shell, or chromium)');
  // Not even the PowerPoint file, which needs no browser: all or nothing.
  expect(readdirSync(out)).toEqual([]);
});

test('an output folder that cannot be written, or one inside the site, stops the export before it starts', () => {
  const blocker = 'test-results/pdf-errors/a-file';
  rmSync(blocker, { recursive: true, force: true });
  writeFileSync(blocker, 'not a folder');
  const unwritable = runExport(['--format', 'pptx', '--out', `${blocker}/exports`]);
  expect(unwritable.status).toBe(1);
  expect(unwritable.stderr).toMatch(/^error\[out-unwritable\] {2}Cannot write into the output folder .*a-file\/exports: ENOTDIR/m);
  expect(unwritable.stderr).toContain('hint: choose a folder you may write to with --out DIR');

  const inDist = runExport(['--format', 'pptx', '--out', 'dist/exports']);
  expect(inDist.status).toBe(1);
  expect(inDist.stderr).toContain("is inside the site's folder");
  expect(existsSync('dist/exports')).toBe(false);

  const unknown = runExport(['--format', 'gif']);
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toContain('error[bad-option]  Unknown format "gif"\nhint: use one of pdf, handout, png, pptx or all');
});
