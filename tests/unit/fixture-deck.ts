// Build a deck from one fixture file, the way the real loader reads files.
import { buildDeck, type Deck } from '../../src/deck/build.ts';
import { imageChecker, readSlideFile } from '../../src/deck/load.ts';

export const FIXTURE_IMAGES = 'tests/fixtures/images';

export function fixtureDeck(path: string): Deck {
  const file = readSlideFile(path, path);
  return buildDeck([file], { imageBase: './images/', imageExists: imageChecker(FIXTURE_IMAGES) });
}
