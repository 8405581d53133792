// Build a deck from one fixture file, the way the real loader reads files, and render it as the site does.
import { join } from 'node:path';
import { buildDeck, fileFinder, imageUrlUnder, isRasterPhoto, readSlideFile, renderDeck, type Deck, type DeckAssets, type DeckOptions, type PhotoInfo, type RenderOptions, type SlideFile } from '../../src/deck/index.ts';
import { layouts } from '../../src/layouts/index.ts';

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

/** The fixtures' pictures and data files. */
export const FIXTURE_ASSETS: DeckAssets = {
  findImage: fileFinder(FIXTURE_IMAGES),
  readDataFile: (name) => {
    const found = findDataFile(name);
    return found === undefined ? null : readSlideFile(join(FIXTURE_DATA, found), `${FIXTURE_DATA}/${found}`);
  },
};

/** The talk's layouts, pictures under ./images/ and the fixture photos' versions. */
export const FIXTURE_OPTIONS: DeckOptions = { layouts, imageUrl: imageUrlUnder('./images/'), photo: fixturePhoto };

/** As the site renders: notes in, files beside the page, no public address. */
export const FIXTURE_RENDER: RenderOptions = { notes: true, attachments: 'files', publicUrl: '', speaker: { name: 'Martin Bodensten', organisation: 'Ramböll Management Consulting' }, pictureSizes: 'min(96vw, 171vh)' };

export function fixtureDeck(path: string): Deck {
  return buildDeck([readSlideFile(path, path)], FIXTURE_ASSETS, FIXTURE_OPTIONS);
}

/** The sections of a deck without errors. */
export function fixtureHtml(deck: Deck, options: Partial<RenderOptions> = {}): string {
  return renderDeck(deck.slides, { ...FIXTURE_RENDER, ...options }).html;
}

/** A deck of slide files in memory, with the fixtures' pictures (and data files, if given). */
export function buildFixtureDeck(files: SlideFile[], assets: DeckAssets = { findImage: fileFinder(FIXTURE_IMAGES) }): Deck {
  return buildDeck(files, assets, FIXTURE_OPTIONS);
}

/** A deck's sections as the site renders them; empty when the deck has errors, as the build makes none then. */
export function sectionsOf(deck: Deck): string {
  return deck.errors.length > 0 ? '' : fixtureHtml(deck);
}
