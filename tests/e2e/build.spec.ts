// Journey of the author: a failed `npm run build` leaves the last good site untouched.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('a failed build keeps the previous dist/, a good one replaces it whole', () => {
  const work = mkdtempSync(join(tmpdir(), 'deck-build-'));
  const slidesDir = join(work, 'slides');
  const outDir = join(work, 'dist');
  cpSync('slides', slidesDir, { recursive: true });
  const build = () =>
    spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], { env: { ...process.env, DECK_SLIDES_DIR: slidesDir }, encoding: 'utf8' });
  try {
    expect(build().status).toBe(0);
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(page).toContain('Den regionala digitaliseringen');
    // A file only the old build has, to see whether the folder was touched.
    writeFileSync(join(outDir, 'from-last-build.txt'), 'kvar');

    const slide = join(slidesDir, '02-var-star-vi.md');
    const good = readFileSync(slide, 'utf8');
    writeFileSync(slide, good.replace('layout: columns', 'layout: kolumner'));
    const failed = build();
    expect(failed.status).not.toBe(0);
    expect(failed.stdout + failed.stderr).toContain('error[unknown-layout]');
    expect(failed.stderr).toContain('is left as it was');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(page);
    expect(existsSync(join(outDir, 'from-last-build.txt'))).toBe(true);
    expect(readdirSync(work).sort()).toEqual(['dist', 'slides']);

    writeFileSync(slide, good);
    expect(build().status).toBe(0);
    expect(existsSync(join(outDir, 'from-last-build.txt'))).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(readdirSync(work).sort()).toEqual(['dist', 'slides']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
