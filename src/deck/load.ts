// Load a deck from disk: read the slide folder's *.md files as strict UTF-8 and build them.
import { statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { buildDeck, type Deck, type DeckOptions } from './build.ts';
import { SlideError } from './errors.ts';
import { ignoredFileError, listSlideFolder, readSlideFile } from './files.ts';

/** Where a deck's files are. */
export interface DeckFolders {
  /** Folder of the slide files; its data/ folder holds the data files. */
  slidesDir: string;
  /** Folder of the pictures (public/images). */
  imagesDir: string;
  /** Paths in errors are shown relative to this folder. */
  root: string;
}

export function loadDeck(folders: DeckFolders, options: DeckOptions): Deck {
  const errors: SlideError[] = [];
  const shownDir = (relative(folders.root, folders.slidesDir) || '.').split(sep).join('/');
  const folder = listSlideFolder(folders.slidesDir);
  const files = folder.names.map((name) => readSlideFile(join(folders.slidesDir, name), `${shownDir}/${name}`));
  errors.push(...folder.ignored.map((name) => ignoredFileError(`${shownDir}/${name}`)));
  if (files.length === 0) {
    errors.push(new SlideError('no-slides', { file: shownDir, line: 1, column: 1 }, 'The deck has no slide files', `add a Markdown file such as ${shownDir}/01-inledning.md`));
  }
  const dataDir = join(folders.slidesDir, 'data');
  const findDataFile = fileFinder(dataDir);
  const readDataFile = (name: string) => {
    const found = findDataFile(name);
    return found === undefined ? null : readSlideFile(join(dataDir, found), `${shownDir}/data/${found}`);
  };
  return buildDeck(files, { findImage: fileFinder(folders.imagesDir), readDataFile }, options, errors);
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

/** Picture URLs under a base URL such as "./images/", each part of the file's path encoded. */
export function imageUrlUnder(base: string): (file: string) => string {
  return (file) => base + file.split('/').map(encodeURIComponent).join('/');
}
