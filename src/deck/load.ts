// Load a deck from disk: read the slide folder's *.md files as strict UTF-8 and build them.
import { join, relative, resolve, sep } from 'node:path';
import { buildDeck, type Deck, type DeckOptions } from './build.ts';
import { entryProblem } from './entries.ts';
import { SlideError } from './errors.ts';
import { ignoredFileError, listSlideFolder, readSlideFile } from './files.ts';
import { findInvisible, invisibleHint, printable } from './invisible.ts';
import type { SlideFile } from './types.ts';

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
  // A file may be a link to another file of the project, never to one outside it.
  const roots = [folders.slidesDir, folders.root];
  const files = folder.names.map((name) => nameError(`${shownDir}/${name}`) ?? readSlideFile(join(folders.slidesDir, name), `${shownDir}/${name}`, roots));
  errors.push(...folder.ignored.map((name) => ignoredFileError(`${shownDir}/${name}`)));
  if (files.length === 0) {
    errors.push(new SlideError('no-slides', { file: shownDir, line: 1, column: 1 }, 'The deck has no slide files', `add a Markdown file such as ${shownDir}/01-inledning.md`));
  }
  const dataDir = join(folders.slidesDir, 'data');
  const findDataFile = fileFinder(dataDir, roots);
  const readDataFile = (name: string) => {
    const found = findDataFile(name);
    return found === undefined ? null : readSlideFile(join(dataDir, found), `${shownDir}/data/${found}`, roots);
  };
  return buildDeck(files, { findImage: fileFinder(folders.imagesDir, [folders.imagesDir, folders.root]), readDataFile }, options, errors);
}

/** A file whose name holds an invisible character (a terminal's escape codes, say) is not read; its name is printed escaped. */
function nameError(shown: string): SlideFile | null {
  const found = findInvisible(shown);
  if (!found) return null;
  const path = printable(shown);
  const error = new SlideError(found.code, { file: path, line: 1, column: 1 }, `The file's name holds an invisible ${found.kind}, ${found.codePoint}`, `rename the file; ${invisibleHint(found)}`);
  return { path, text: '', error };
}

/**
 * A file inside the folder (never "../" out of it) by the name a slide gives it: that name, or the
 * same letters composed the other way (macOS may store "ö" as "o" + "¨" while editors write one
 * character), as the file is named; `undefined` when there is none, or when it is not a regular
 * file inside `roots` (a FIFO, or a link leading out: src/deck/entries.ts).
 */
export function fileFinder(dir: string, roots: readonly string[] = [dir]): (name: string) => string | undefined {
  // A name with a NUL or another invisible character names no file (and would make the file system throw).
  const isFile = (name: string) => !findInvisible(name) && isInside(dir, name) && entryProblem(join(dir, name), roots) === null;
  return (name) => [name, name.normalize('NFC'), name.normalize('NFD')].find(isFile);
}

function isInside(dir: string, name: string): boolean {
  return resolve(dir, name).startsWith(resolve(dir) + sep);
}

/** Picture URLs under a base URL such as "./images/", each part of the file's path encoded. */
export function imageUrlUnder(base: string): (file: string) => string {
  return (file) => base + file.split('/').map(encodeURIComponent).join('/');
}
