// Build a deck from one fixture file, the way the real loader reads files.
import { join } from 'node:path';
import { buildDeck, type Deck } from '../../src/deck/build.ts';
import { fileFinder, readSlideFile } from '../../src/deck/load.ts';
import type { ParseOptions } from '../../src/deck/parse.ts';
import { isRasterPhoto, type PhotoInfo } from '../../src/deck/photos.ts';

export const FIXTURE_IMAGES = 'tests/fixtures/images';
export const FIXTURE_DATA = 'tests/fixtures/data';

const findDataFile = fileFinder(FIXTURE_DATA);

/** What the build would make of a fixture photo: a 2400×1350 picture in two widths and formats. */
function fixturePhoto(name: string): PhotoInfo | undefined {
  if (!isRasterPhoto(name)) return undefined;
  const stem = name.replace(/\.\w+$/, '');
  const versions = ([1280, 1920] as const).flatMap((width) => (['avif', 'webp'] as const).map((format) => ({ url: `./assets/${stem}-${width}.${format}`, width, format })));
  return { width: 2400, height: 1350, versions };
}

/** What the loader gets for the fixtures: their pictures, photos and data files. */
export const FIXTURE_OPTIONS: ParseOptions = {
  imageBase: './images/',
  findImage: fileFinder(FIXTURE_IMAGES),
  photo: fixturePhoto,
  readDataFile: (name) => {
    const found = findDataFile(name);
    return found === undefined ? null : readSlideFile(join(FIXTURE_DATA, found), `${FIXTURE_DATA}/${found}`);
  },
};

export function fixtureDeck(path: string): Deck {
  return buildDeck([readSlideFile(path, path)], FIXTURE_OPTIONS);
}
