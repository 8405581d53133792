// A picture or data file named with "å", "ä", "ö" is found however its letters are composed: macOS
// may store "ö" as "o" + "¨" (NFD) while editors write one character (NFC). The page asks for the
// name as the file has it, so any static host serves it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/index.ts';
import { FIXTURE_OPTIONS, sectionsOf } from './fixture-deck.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>';

/** A deck folder with one slide and one picture, each name in the given form. */
function deckWith(slideText: string, pictureName: string) {
  const root = mkdtempSync(join(tmpdir(), 'picture-names-'));
  mkdirSync(join(root, 'slides'));
  mkdirSync(join(root, 'images'));
  writeFileSync(join(root, 'slides', '01.md'), slideText);
  writeFileSync(join(root, 'images', pictureName), SVG);
  return loadDeck({ slidesDir: join(root, 'slides'), imagesDir: join(root, 'images'), root }, FIXTURE_OPTIONS);
}

describe.each([
  ['NFC in the slide, NFD on disk', 'NFC', 'NFD'],
  ['NFD in the slide, NFC on disk', 'NFD', 'NFC'],
] as const)('%s', (_name, slideForm, fileForm) => {
  const written = 'karta-över-län.svg'.normalize(slideForm);
  const stored = 'karta-över-län.svg'.normalize(fileForm);

  test('a picture in the text is found, and the page asks for the stored name', () => {
    const deck = deckWith(`# Karta\n\n![Karta över länen](${written})\n`, stored);
    expect(deck.errors).toEqual([]);
    expect(sectionsOf(deck)).toContain(`./images/${encodeURIComponent(stored)}`);
    expect(sectionsOf(deck)).not.toContain(`./images/${encodeURIComponent(written)}`);
  });

  test("an overlay's picture is found too", () => {
    const deck = deckWith(`---\nlayout: overlay\nimage: ${written}\nalt: Karta över länen\n---\n\n# Länen\n`, stored);
    expect(deck.errors).toEqual([]);
    expect(sectionsOf(deck)).toContain(`./images/${encodeURIComponent(stored)}`);
  });
});

test('a name that differs in more than how its letters are composed is still an error', () => {
  const deck = deckWith('# Karta\n\n![Karta över länen](Karta-över-län.svg)\n', 'karta-över-län.svg'.normalize('NFD'));
  expect(deck.errors.map((error) => error.code)).toEqual(['image-not-found']);
});
