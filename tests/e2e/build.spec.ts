// Journey of the author: a failed `npm run build` leaves the last good site and one file untouched.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';

/** What a person sees in a folder: its entries without the hidden ones. */
function shown(dir: string): string[] {
  return readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
}

test('a failed build keeps the previous dist/ and dist-offline/, a good one replaces them whole', () => {
  const work = mkdtempSync(join(tmpdir(), 'deck-build-'));
  const slidesDir = join(work, 'slides');
  const outDir = join(work, 'dist');
  const oneFile = join(work, 'dist-offline', SINGLE_FILE_NAME);
  cpSync('slides', slidesDir, { recursive: true });
  const build = () =>
    spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], { env: { ...process.env, DECK_SLIDES_DIR: slidesDir }, encoding: 'utf8' });
  try {
    expect(build().status).toBe(0);
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
    expect(failed.stdout + failed.stderr).toContain('error[unknown-layout]');
    expect(failed.stderr).toContain('are left as they were');
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
    expect(build().status).toBe(0);
    expect(existsSync(join(outDir, 'from-last-build.txt'))).toBe(false);
    expect(existsSync(join(work, 'dist-offline', 'from-last-build.txt'))).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(oneFile)).toBe(true);
    expect(shown(work)).toEqual(['dist', 'dist-offline', 'slides']);
    // dist/ is a link to the build folder, which a host's upload reads through.
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(readdirSync(work).filter((name) => name.startsWith('.')).sort()).toEqual([expect.stringMatching(/^\.dist-offline\.build-/), expect.stringMatching(/^\.dist\.build-/)]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a build onto a full disk says so in one line, with no stack, and leaves nothing behind', () => {
  const disk = mkdtempSync(join(tmpdir(), 'deck-full-'));
  // A 64 KB file system: the site does not fit. Mounting needs root, as CI and this machine have.
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status === 0;
  test.skip(!mounted, 'mounting a small file system needs root');
  try {
    const build = spawnSync('npm', ['run', 'build', '--', '--outDir', join(disk, 'dist')], { encoding: 'utf8' });
    expect(build.status).not.toBe(0);
    expect(build.stderr).toMatch(/^The build could not write .*dist\/: the disk is full \(ENOSPC at /m);
    expect(build.stdout + build.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(disk)).toEqual([]);
  } finally {
    spawnSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  }
});
