// Load a deck from disk: read slides/*.md as strict UTF-8 and build it.
import { statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { buildDeck, type Deck } from './build.ts';
import { SlideError, formatError } from './errors.ts';
import { ignoredFileError, listSlideFolder, readSlideFile } from './files.ts';
import type { PhotoInfo } from './photos.ts';

export type { Deck } from './build.ts';
export { listSlideFiles, readSlideFile } from './files.ts';

export interface DeckOptions {
  /** Folder of the slide files. */
  slidesDir: string;
  /** Folder of the pictures (public/images). */
  imagesDir: string;
  /** URL prefix of the pictures in the page, e.g. "./images/". */
  imageBase: string;
  /** Paths in errors are shown relative to this folder. */
  root: string;
  /** Where the deck is published, if known. */
  publicUrl?: string;
  /** Render speaker notes into the slides; true unless a public build keeps them out. */
  notes?: boolean;
  /** A raster photo's size and versions, by its name in public/images (the photo plugin's). */
  photo?(name: string): PhotoInfo | undefined;
}

export function loadDeck(options: DeckOptions): Deck {
  const errors: SlideError[] = [];
  const shownDir = (relative(options.root, options.slidesDir) || '.').split(sep).join('/');
  const folder = listSlideFolder(options.slidesDir);
  const files = folder.names.map((name) => readSlideFile(join(options.slidesDir, name), `${shownDir}/${name}`));
  errors.push(...folder.ignored.map((name) => ignoredFileError(`${shownDir}/${name}`)));
  if (files.length === 0) {
    errors.push(new SlideError('no-slides', { file: shownDir, line: 1, column: 1 }, 'The deck has no slide files', `add a Markdown file such as ${shownDir}/01-inledning.md`));
  }
  const dataDir = join(options.slidesDir, 'data');
  const findDataFile = fileFinder(dataDir);
  const readDataFile = (name: string) => {
    const found = findDataFile(name);
    return found === undefined ? null : readSlideFile(join(dataDir, found), `${shownDir}/data/${found}`);
  };
  const { imageBase, publicUrl, notes, photo } = options;
  return buildDeck(files, { imageBase, findImage: fileFinder(options.imagesDir), photo, publicUrl, notes, readDataFile }, errors);
}

/**
 * A file inside the folder (never "../" out of it) by the name a slide gives it: that name, or the
 * same letters composed the other way (macOS may store "ö" as "o" + "¨" while editors write one
 * character), as the file is named; `undefined` when there is none.
 */
export function fileFinder(dir: string): (name: string) => string | undefined {
  const isFile = (name: string) => isInside(dir, name) && Boolean(statSync(join(dir, name), { throwIfNoEntry: false })?.isFile());
  return (name) => [name, name.normalize('NFC'), name.normalize('NFD')].find(isFile);
}

function isInside(dir: string, name: string): boolean {
  return resolve(dir, name).startsWith(resolve(dir) + sep);
}

// More errors than this are counted, not printed: the first ones are the ones to fix,
// and a file of a thousand mistakes should not bury the terminal (or take long to print).
const MAX_PRINTED = 30;

/** Every error of a deck (up to MAX_PRINTED), printed with code frames. */
export function formatDeckErrors(deck: Pick<Deck, 'errors' | 'sources'>): string {
  const count = deck.errors.length;
  const blocks = deck.errors.slice(0, MAX_PRINTED).map((error) => formatError(error, deck.sources.get(error.at.file) ?? ''));
  if (count > MAX_PRINTED) blocks.push(`…and ${count - MAX_PRINTED} more errors, not shown: fix these first, they often cause the rest.`);
  return `${count} error${count === 1 ? '' : 's'} in the slides:\n\n${blocks.join('\n\n')}`;
}
