// The slides folder as the author leaves it: empty, missing, odd entries, Swedish file names.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { formatDeckErrors, loadDeck, MAX_TEXT_BYTES } from '../../src/deck/index.ts';
import { FIXTURE_OPTIONS, sectionsOf } from './fixture-deck.ts';

let root: string;
const slides = () => join(root, 'slides');
const write = (name: string, text: string | Buffer) => writeFileSync(join(slides(), name), text);
const load = () => loadDeck({ slidesDir: slides(), imagesDir: join(root, 'public/images'), root }, FIXTURE_OPTIONS);
const problems = () => load().errors.map((error) => `${error.code} ${error.location}`);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deck-files-'));
  mkdirSync(slides());
  mkdirSync(join(root, 'public/images'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the slides folder', () => {
  test('empty: no-slides at the folder', () => {
    expect(problems()).toEqual(['no-slides slides:1:1']);
  });

  test('missing: no-slides at the folder', () => {
    rmSync(slides(), { recursive: true });
    expect(problems()).toEqual(['no-slides slides:1:1']);
  });

  test('only files that are not slides: no-slides', () => {
    write('anteckningar.txt', 'Inte en bild.');
    expect(problems()).toEqual(['no-slides slides:1:1']);
  });

  test('a link that points nowhere is not a file, not a crash', () => {
    symlinkSync(join(root, 'finns-inte.md'), join(slides(), '02-borta.md'));
    write('01-ett.md', '# Ett\n');
    expect(problems()).toEqual(['not-a-file slides/02-borta.md:1:1']);
  });

  test('a folder named like a slide file is reported, not skipped', () => {
    mkdirSync(join(slides(), '02-mapp.md'));
    write('01-ett.md', '# Ett\n');
    const deck = load();
    expect(deck.errors.map((error) => [error.code, error.location, error.message])).toEqual([
      ['not-a-file', 'slides/02-mapp.md:1:1', 'This is not a file the build may read: it is a folder'],
    ]);
  });

  test('"05.MD" and "05.markdown" are reported, not silently left out', () => {
    write('01-ett.md', '# Ett\n');
    write('02-två.MD', '# Två\n');
    write('03-tre.markdown', '# Tre\n');
    expect(problems()).toEqual(['ignored-file slides/02-två.MD:1:1', 'ignored-file slides/03-tre.markdown:1:1']);
    expect(load().errors[0].hint).toBe('rename it to "02-två.md"');
  });

  test('hidden files (editor locks, macOS "._" files) are skipped', () => {
    write('01-ett.md', '# Ett\n');
    write('._01-ett.md', Buffer.from([0x00, 0x05, 0x16, 0x07, 0xff, 0xfe]));
    symlinkSync('user@host.1234', join(slides(), '.#01-ett.md'));
    expect(problems()).toEqual([]);
    expect(load().slides).toHaveLength(1);
  });
});

describe('Swedish file names', () => {
  test('are read in Swedish order (z before å, ä, ö), numbers as numbers', () => {
    write('10-ö.md', '# Ö\n');
    write('10-å.md', '# Å\n');
    write('10-z.md', '# Z\n');
    write('9-ä.md', '# Ä\n');
    write('10-ä.md', '# Ä två\n');
    expect(load().slides.map((slide) => slide.raw.file)).toEqual(['slides/9-ä.md', 'slides/10-z.md', 'slides/10-å.md', 'slides/10-ä.md', 'slides/10-ö.md']);
  });

  test('show as written in errors', () => {
    write('02-översikt.md', '---\nlayout: kolumner\n---\n\n# Ö\n');
    expect(problems()).toEqual(['unknown-layout slides/02-översikt.md:2:9']);
  });

  test('a file name in decomposed form (as macOS writes it) loads like any other', () => {
    write('02-o\u0308versikt.md', '# Översikt\n');
    const deck = load();
    expect(deck.errors).toEqual([]);
    expect(deck.slides[0].id).toBe('oversikt');
  });

  test('pictures with å/ä/ö in their names are found and linked percent-encoded', () => {
    writeFileSync(join(root, 'public/images/karta-över-län.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    write('01-karta.md', '# Karta\n\n![Karta över länen](karta-över-län.svg)\n');
    const deck = load();
    expect(deck.errors).toEqual([]);
    expect(sectionsOf(deck)).toContain('src="./images/karta-%C3%B6ver-l%C3%A4n.svg"');
  });

  test('a picture that is a folder is not a picture', () => {
    mkdirSync(join(root, 'public/images/mapp.svg'));
    write('01-bild.md', '# Bild\n\n![En mapp](mapp.svg)\n');
    expect(problems()).toEqual(['image-not-found slides/01-bild.md:3:12']);
  });
});

describe('only regular files inside the project are read', () => {
  const link = (target: string, name: string) => symlinkSync(target, join(slides(), name));

  test('a FIFO named like a slide is reported with its path, never opened (it would hang the build)', () => {
    expect(spawnSync('mkfifo', [join(slides(), '05.md')]).status).toBe(0);
    write('01-ett.md', '# Ett\n');
    expect(problems()).toEqual(['not-a-file slides/05.md:1:1']);
    expect(load().errors[0].message).toContain('named pipe');
  });

  test('a link to a device (/dev/zero) is not read', () => {
    link('/dev/zero', '02-noll.md');
    write('01-ett.md', '# Ett\n');
    expect(problems()).toEqual(['not-a-file slides/02-noll.md:1:1']);
  });

  test('a link leading out of the project is refused; one inside it is read', () => {
    const outside = mkdtempSync(join(tmpdir(), 'deck-outside-'));
    try {
      writeFileSync(join(outside, 'hemlig.md'), '# Hemlig text\n');
      link(join(outside, 'hemlig.md'), '02-hemlig.md');
      writeFileSync(join(root, 'delad.md'), '# Delad\n');
      link(join(root, 'delad.md'), '03-delad.md');
      write('01-ett.md', '# Ett\n');
      const deck = load();
      expect(deck.errors.map((error) => `${error.code} ${error.location}`)).toEqual(['not-a-file slides/02-hemlig.md:1:1']);
      expect(deck.errors[0].message).toContain('leads out of the project');
      expect(formatDeckErrors(deck)).not.toContain('Hemlig text');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test("a link to /proc/self/environ shows none of the environment's values in the error", () => {
    link('/proc/self/environ', '02-miljo.md');
    write('01-ett.md', '# Ett\n');
    const deck = load();
    expect(problems()).toEqual(['not-a-file slides/02-miljo.md:1:1']);
    const printed = formatDeckErrors(deck);
    for (const value of [process.env.PATH, process.env.HOME].filter(Boolean)) expect(printed).not.toContain(value);
  });

  test('pictures and data files that lead out of the project are not found', () => {
    symlinkSync('/etc/passwd', join(root, 'public/images/passwd.svg'));
    mkdirSync(join(slides(), 'data'));
    symlinkSync('/etc/hostname', join(slides(), 'data/hemlig.yaml'));
    write('01-bild.md', '# Bild\n\n![Lösenord](passwd.svg)\n\n---\nlayout: index-overview\ndata: hemlig.yaml\n---\n\n# Index\n\n- Något\n');
    expect(problems()).toEqual(['image-not-found slides/01-bild.md:3:13', 'data-not-found slides/01-bild.md:7:7']);
  });

  test('a slide file larger than the limit is reported with its size, not read', () => {
    write('01-stor.md', `# Stor\n\n${'text '.repeat(MAX_TEXT_BYTES / 5 + 1)}\n`);
    expect(problems()).toEqual(['file-too-large slides/01-stor.md:1:1']);
    expect(load().errors[0].message).toMatch(/The file is 1\.0 MB, more than the 1\.0 MB/);
  });

  test("a file name with a terminal's escape codes is refused and printed escaped", () => {
    write('01-ett.md', '# Ett\n');
    write('02-\u001b[31mröd.md', '# Röd\n');
    const deck = load();
    expect(problems()).toEqual(['control-character slides/02-<U+001B>[31mröd.md:1:1']);
    expect(formatDeckErrors(deck)).not.toContain('\u001b');
  });
});
