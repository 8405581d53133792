// Build a deck from one fixture file, the way the real loader reads files.
import { join } from 'node:path';
import { buildDeck, type Deck } from '../../src/deck/build.ts';
import { fileChecker, readSlideFile } from '../../src/deck/load.ts';
import type { ParseOptions } from '../../src/deck/parse.ts';

export const FIXTURE_IMAGES = 'tests/fixtures/images';
export const FIXTURE_DATA = 'tests/fixtures/data';

const isDataFile = fileChecker(FIXTURE_DATA);

/** What the loader gets for the fixtures: their pictures and their data files. */
export const FIXTURE_OPTIONS: ParseOptions = {
  imageBase: './images/',
  imageExists: fileChecker(FIXTURE_IMAGES),
  readDataFile: (name) => (isDataFile(name) ? readSlideFile(join(FIXTURE_DATA, name), `${FIXTURE_DATA}/${name}`) : null),
};

export function fixtureDeck(path: string): Deck {
  return buildDeck([readSlideFile(path, path)], FIXTURE_OPTIONS);
}
