// The slides folder as the author leaves it: empty, missing, odd entries, Swedish file names.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/index.ts';
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

  test('a link that points nowhere is unreadable, not a crash', () => {
    symlinkSync(join(root, 'finns-inte.md'), join(slides(), '02-borta.md'));
    write('01-ett.md', '# Ett\n');
    expect(problems()).toEqual(['unreadable-file slides/02-borta.md:1:1']);
  });

  test('a folder named like a slide file is unreadable, not skipped', () => {
    mkdirSync(join(slides(), '02-mapp.md'));
    write('01-ett.md', '# Ett\n');
    const deck = load();
    expect(deck.errors.map((error) => [error.code, error.location, error.message])).toEqual([
      ['unreadable-file', 'slides/02-mapp.md:1:1', 'The file cannot be read: it is a folder'],
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
