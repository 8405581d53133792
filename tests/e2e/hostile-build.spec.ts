// A build of a project set to leak: nothing outside the project reaches the site or the one file;
// the build stops at once with every mistake at its place, and writes nothing.
import { expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWith } from './builds.ts';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import { test } from './site-variants.ts';

test('speaker notes, special files and links leading out stop the one-file build, each reported with its path', () => {
  const work = mkdtempSync(join(tmpdir(), 'deck-hostile-'));
  const slidesDir = join(work, 'slides');
  const publicDir = join(work, 'public');
  cpSync('slides', slidesDir, { recursive: true });
  cpSync('public', publicDir, { recursive: true });
  // Pictures in the notes: a file of the project, and one of the machine.
  const first = join(slidesDir, '01-inledning.md');
  writeFileSync(first, readFileSync(first, 'utf8').replace('22 feb 2018\n', '22 feb 2018\n\n<!-- ![Paket](package.json) ![Lösenord](../../../../etc/passwd) [Mer](javascript:alert(1)) -->\n'));
  expect(spawnSync('mkfifo', [join(slidesDir, '05.md')]).status).toBe(0);
  symlinkSync('/proc/self/environ', join(slidesDir, '06-miljo.md'));
  symlinkSync('/etc/passwd', join(publicDir, 'images/passwd.svg'));
  writeFileSync(join(publicDir, 'images/skript.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>\n');
  const build = buildWith({ DECK_SLIDES_DIR: slidesDir, DECK_PUBLIC_DIR: publicDir, DECK_OG_IMAGE: '0' }, ['--mode', 'single-file']);
  try {
    expect(build.status, build.output).not.toBe(0);
    const line = readFileSync(first, 'utf8').split('\n').findIndex((text) => text.includes('![Paket]')) + 1;
    for (const expected of [
      `01-inledning.md:${line}:15  error[image-not-found]`,
      `01-inledning.md:${line}:41  error[image-not-found]`,
      `01-inledning.md:${line}:71  error[unsafe-link]`,
      '05.md:1:1  error[not-a-file]',
      '06-miljo.md:1:1  error[not-a-file]',
      'images/passwd.svg:1:1  error[not-a-file]',
      'images/skript.svg:1:41  error[unsafe-picture]',
    ]) {
      expect(build.output).toContain(expected);
    }
    // Nothing of the machine in the printed errors, and no page written.
    expect(build.output).not.toContain(process.env.PATH ?? 'PATH');
    expect(build.output).not.toContain('root:x:0:0');
    expect(existsSync(join(build.outDir, SINGLE_FILE_NAME))).toBe(false);
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(build.outDir, { recursive: true, force: true });
  }
});
