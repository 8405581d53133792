// Journey of the author: `npm run build` says what it wrote, or what is wrong without a stack; a
// failed build leaves the last good site and one file untouched.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import { REFERENCE_SLIDES } from '../reference-talk.ts';

test('a good build says what it wrote; a failed one names the mistake without a stack and keeps the previous dist/ and dist-offline/', () => {
  const work = mkdtempSync(join(tmpdir(), 'deck-build-'));
  const slidesDir = join(work, 'slides');
  const outDir = join(work, 'dist');
  const oneFile = join(work, 'dist-offline', SINGLE_FILE_NAME);
  cpSync(REFERENCE_SLIDES, slidesDir, { recursive: true });
  const build = () =>
    spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], { env: { ...process.env, DECK_SLIDES_DIR: slidesDir }, encoding: 'utf8' });
  try {
    const first = build();
    expect(first.status, first.stderr).toBe(0);
    // Quiet: the warning about the public address once, then one line of what was written, how big, how long.
    const lines = (text: string) => text.split('\n').filter((line) => line.trim() && !line.startsWith('>'));
    expect(lines(first.stderr)).toEqual([
      expect.stringMatching(/^warning: no public address is set, so link previews/),
      '  Set publicUrl in src/talk.config.ts, or build with DECK_PUBLIC_URL=https://example.se/talks/reda/ npm run build',
    ]);
    expect(lines(first.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^wrote ${outDir}/ \\(\\d+ files, [\\d.]+ (kB|MB)\\) and ${work}/dist-offline/${SINGLE_FILE_NAME} \\([\\d.]+ (kB|MB)\\) in [\\d.]+ s$`)),
    ]);
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(page).toContain('Den regionala digitaliseringen');
    const offline = readFileSync(oneFile, 'utf8');
    expect(offline).toContain('Den regionala digitaliseringen');
    // A file only the old build has, to see whether the folder was touched.
    writeFileSync(join(outDir, 'from-last-build.txt'), 'kvar');
    writeFileSync(join(work, 'dist-offline', 'from-last-build.txt'), 'kvar');

    const slide = join(slidesDir, '02-var-star-vi.md');
    const good = readFileSync(slide, 'utf8');
    writeFileSync(slide, good.replace('layout: columns', 'layout: kolumner'));
    const failed = build();
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/02-var-star-vi\.md:\d+:9 {2}error\[unknown-layout\] {2}Unknown layout "kolumner"\n/);
    expect(failed.stderr).toContain('did you mean "columns"?');
    expect(failed.stderr).toMatch(/are left as they were\.\n$/);
    // The mistake and its hint, not the build tool's insides.
    expect(failed.stdout + failed.stderr).not.toMatch(/^\s+at |Getter\/Setter|rolldown|\.dist-building/m);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(page);
    expect(readFileSync(oneFile, 'utf8')).toBe(offline);
    expect(existsSync(join(outDir, 'from-last-build.txt'))).toBe(true);
    expect(existsSync(join(work, 'dist-offline', 'from-last-build.txt'))).toBe(true);
    expect(readdirSync(work).sort()).toEqual(['dist', 'dist-offline', 'slides']);

    writeFileSync(slide, good);
    expect(build().status).toBe(0);
    expect(existsSync(join(outDir, 'from-last-build.txt'))).toBe(false);
    expect(existsSync(join(work, 'dist-offline', 'from-last-build.txt'))).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(oneFile)).toBe(true);
    expect(readdirSync(work).sort()).toEqual(['dist', 'dist-offline', 'slides']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
