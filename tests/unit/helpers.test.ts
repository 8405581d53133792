// Small pure helpers: slugs, phone links, suggestions.
import { describe, expect, test } from 'vitest';
import { internationalPhone } from '../../src/layouts/phone.ts';
import { suggest } from '../../src/deck/suggest.ts';
import { readSlideFile, slugify } from '../../src/deck/index.ts';

describe('slugify', () => {
  test.each([
    ['Sverige ligger efter!', 'sverige-ligger-efter'],
    ['Översikt över Sveriges placeringar 2012–2016', 'oversikt-over-sveriges-placeringar-2012-2016'],
    ['Några spaningar framåt...', 'nagra-spaningar-framat'],
    ['!!!', 'bild'],
  ])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));

  test('stops at a word boundary before 48 characters', () => {
    const slug = slugify('Länen har också kommit olika långt i formandet av ett regionalt sammanhang');
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug).toBe('lanen-har-ocksa-kommit-olika-langt-i-formandet');
  });
});

describe('internationalPhone', () => {
  test.each([
    ['0707 549458', '+46707549458'],
    ['070-754 94 58', '+46707549458'],
    ['+46 70 754 94 58', '+46707549458'],
  ])('%s → %s', (phone, tel) => expect(internationalPhone(phone)).toBe(tel));
});

describe('suggest', () => {
  test('names a close layout and nothing for a far one', () => {
    const names = ['statement', 'columns', 'overlay'];
    expect(suggest('kolumner', names)).toBe('columns');
    expect(suggest('Overlay', names)).toBe('overlay');
    expect(suggest('xyz', names)).toBeUndefined();
  });
});

describe('readSlideFile', () => {
  test('reports a file it may not read (here a folder), with the path the author knows', () => {
    const file = readSlideFile('tests/fixtures', 'slides/mapp.md');
    expect(file.error?.code).toBe('not-a-file');
    expect(file.error?.location).toBe('slides/mapp.md:1:1');
  });
});
