// Journey: `npm run pdf` meets a slide too long for its page, or no Chromium, and says so clearly.
import { expect, test } from '@playwright/test';
import { existsSync, rmSync } from 'node:fs';
import { runPdfExport } from './pdf-tools.ts';

test('a slide that does not fit its page stops the export with its file, line and number', () => {
  test.setTimeout(180_000);
  const file = 'test-results/pdf-errors/too-tall.pdf';
  const run = runPdfExport(['--dist', 'test-results/pdf-errors/dist', '--out', file], { DECK_SLIDES_DIR: 'tests/fixtures/pdf/too-tall' });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^error\[slide-overflow\] {2}1 of 2 slides do not fit their page:$/m);
  expect(run.stderr).toMatch(/tests\/fixtures\/pdf\/too-tall\/01-for-lang\.md:7 {2}slide 2 \(#\/en-bild-med-alldeles-for-manga-punkter\): the content is \d+ px tall, the page 720 px/);
  expect(run.stderr).toContain('hint: shorten the text or split the slide in two');
  expect(existsSync(file)).toBe(false);
});

test('without Chromium the export says where it looked and how to install it', () => {
  const file = 'test-results/pdf-errors/no-chromium.pdf';
  rmSync(file, { force: true });
  const run = runPdfExport(['--out', file], { CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('error[chromium-missing]  Chromium is missing: CHROMIUM_PATH points to /nonexistent/chromium, which does not exist');
  expect(run.stderr).toContain('hint: install Chromium (Debian: apt-get install chromium)');
  expect(existsSync(file)).toBe(false);
});
