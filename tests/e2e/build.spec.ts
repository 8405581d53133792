// Journeys of the author's `npm run build`: the site and the one file in fresh folders, and one line
// of what was written; a broken slide fails the build by file and line, without a stack, and leaves
// the last good folders untouched; the speaker notes stay out of what is published unless asked for,
// and go into the speaker's one file.
import { expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import { loadTalkDeck } from '../../src/talk-deck.ts';
import { REFERENCE_SLIDES } from '../reference-talk.ts';
import { npmRunBuild } from './builds.ts';
import { openDeck } from './deck.ts';
import { openPresenterFrom } from './presenter.ts';
import { test } from './site-variants.ts';
import { NOTED_SLIDE, TEST_NOTE } from './slides-copy.ts';

const TITLE = 'Den regionala digitaliseringen';

/** Every file's text in a folder, recursively, as Latin-1 (a note's UTF-8 bytes, whatever the file). */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'latin1'))
    .join('\n');
}

const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** What a person sees in a folder: its entries without the hidden ones (the build folders dist/ links to). */
function shown(dir: string): string[] {
  return readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
}

test('npm run build makes the site and the one file in fresh folders, and nothing else beside them', ({ notedBuild }) => {
  expect(readFileSync(join(notedBuild.siteDir, 'index.html'), 'utf8')).toContain(TITLE);
  expect(readFileSync(notedBuild.oneFile, 'utf8')).toContain(TITLE);
  expect(shown(notedBuild.work)).toEqual(['dist', 'dist-offline', 'slides']);
});

test('a broken slide fails the build with its file, line and column, without a stack, and leaves the previous dist/ and dist-offline/; a good build replaces them whole and says what it wrote', ({ notedBuild }) => {
  // A copy of the last good build and its slides, to break.
  const work = mkdtempSync(join(tmpdir(), 'deck-build-'));
  cpSync(notedBuild.work, work, { recursive: true });
  const outDir = join(work, 'dist');
  const oneFile = join(work, 'dist-offline', SINGLE_FILE_NAME);
  const build = () => npmRunBuild(outDir, { DECK_SLIDES_DIR: join(work, 'slides'), DECK_OG_IMAGE: '0' });
  try {
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    const offline = readFileSync(oneFile, 'utf8');
    // A file only the old build has, to see whether the folder was touched.
    writeFileSync(join(outDir, 'from-last-build.txt'), 'kvar');
    writeFileSync(join(work, 'dist-offline', 'from-last-build.txt'), 'kvar');

    const slide = join(work, 'slides', '02-var-star-vi.md');
    const good = readFileSync(slide, 'utf8');
    writeFileSync(slide, good.replace('layout: columns', 'layout: kolumner'));
    const failed = build();
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/02-var-star-vi\.md:\d+:9 {2}error\[unknown-layout\] {2}Unknown layout "kolumner"\n/);
    expect(failed.stderr).toContain('did you mean "columns"?');
    expect(failed.stderr).toMatch(/are left as they were\.\n$/);
    // The mistake and its hint, not the build tool's insides.
    expect(failed.output).not.toMatch(/^\s+at |Getter\/Setter|rolldown|\.dist-building/m);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(page);
    expect(readFileSync(oneFile, 'utf8')).toBe(offline);
    expect(existsSync(join(outDir, 'from-last-build.txt'))).toBe(true);
    expect(existsSync(join(work, 'dist-offline', 'from-last-build.txt'))).toBe(true);
    expect(shown(work)).toEqual(['dist', 'dist-offline', 'slides']);

    // A second build while another holds the lock (here: this live test process) is refused at once.
    writeFileSync(join(work, '.dist.lock'), `${process.pid}\n`);
    const locked = build();
    expect(locked.status).toBe(1);
    expect(locked.stderr).toContain(`Another build (process ${process.pid}) is writing`);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(page);
    rmSync(join(work, '.dist.lock'));

    writeFileSync(slide, good);
    const rebuilt = build();
    expect(rebuilt.status, rebuilt.output).toBe(0);
    // Quiet: the warning about the public address once, then one line of what was written, how big, how long.
    const lines = (text: string) => text.split('\n').filter((line) => line.trim() && !line.startsWith('>'));
    expect(lines(rebuilt.stderr)).toEqual([
      expect.stringMatching(/^warning: no public address is set, so link previews/),
      '  Set publicUrl in src/talk.config.ts, or build with DECK_PUBLIC_URL=https://example.se/talks/reda/ npm run build',
    ]);
    expect(lines(rebuilt.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^wrote ${outDir}/ \\(\\d+ files, [\\d.]+ (kB|MB)\\) and ${work}/dist-offline/${SINGLE_FILE_NAME} \\([\\d.]+ (kB|MB)\\) in [\\d.]+ s$`)),
    ]);
    expect(existsSync(join(outDir, 'from-last-build.txt'))).toBe(false);
    expect(existsSync(join(work, 'dist-offline', 'from-last-build.txt'))).toBe(false);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(TITLE);
    expect(readFileSync(oneFile, 'utf8')).toContain(TITLE);
    expect(shown(work)).toEqual(['dist', 'dist-offline', 'slides']);
    // dist/ is a link to the build folder, which a host's upload reads through.
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(readdirSync(work).filter((name) => name.startsWith('.')).sort()).toEqual([expect.stringMatching(/^\.dist-offline\.build-/), expect.stringMatching(/^\.dist\.build-/)]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('no speaker notes of the talk are in any file of the public build', () => {
  const deck = loadTalkDeck({ slidesDir: REFERENCE_SLIDES });
  const notes = deck.slides.filter((slide) => slide.raw.notes?.text.trim()).map((slide) => slide.raw.notes!.text.trim().split('\n')[0]);
  const published = allText('dist');
  for (const note of notes) expect(published).not.toContain(latin1(note));
});

test('a note is left out of the site by default and published with DECK_PUBLISH_NOTES=1', ({ notedBuild }) => {
  expect(allText(notedBuild.siteDir)).not.toContain(latin1(TEST_NOTE));
  expect(allText(notedBuild.publishedDir)).toContain(latin1(TEST_NOTE));
});

test('the one file keeps the speaker notes, and its presenter view shows them', async ({ page, notedBuild }) => {
  await openDeck(page, `${pathToFileURL(notedBuild.oneFile).href}#/${NOTED_SLIDE}`);
  const presenter = await openPresenterFrom(page);
  await expect(presenter.locator('.presenter__notes-text')).toHaveText(TEST_NOTE);
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.locator('.presenter__notes-text')).toHaveText('Inga anteckningar till den här bilden.');
});

test('a build onto a full disk says so in one line, with no stack, and leaves nothing behind', () => {
  const disk = mkdtempSync(join(tmpdir(), 'deck-full-'));
  // A 64 KB file system: the site does not fit. Mounting needs root, as CI and this machine have.
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status === 0;
  test.skip(!mounted, 'mounting a small file system needs root');
  try {
    const build = spawnSync('npm', ['run', 'build', '--', '--outDir', join(disk, 'dist')], { encoding: 'utf8' });
    expect(build.status).not.toBe(0);
    expect(build.stderr).toMatch(/error\[cannot-write\] {2}The build could not write .*dist\/: the disk is full \(ENOSPC at /);
    expect(build.stdout + build.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(disk)).toEqual([]);
  } finally {
    spawnSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  }
});
