// Build a deck from one fixture file, the way the real loader reads files.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeck, type Deck } from '../../src/deck/build.ts';
import { readSlideFile } from '../../src/deck/load.ts';

export const FIXTURE_IMAGES = 'tests/fixtures/images';
export const FIXTURE_DATA = 'tests/fixtures/data';

export function fixtureDeck(path: string): Deck {
  const file = readSlideFile(path, path);
  const readDataFile = (name: string) => (existsSync(join(FIXTURE_DATA, name)) ? readSlideFile(join(FIXTURE_DATA, name), `${FIXTURE_DATA}/${name}`) : null);
  return buildDeck([file], { imageBase: './images/', imageExists: (name) => existsSync(join(FIXTURE_IMAGES, name)), readDataFile });
}
