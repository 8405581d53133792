// Load a deck from disk: read slides/*.md as strict UTF-8 and build it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { buildDeck, type Deck, type SlideFile } from './build.ts';
import { SlideError, formatError } from './errors.ts';
import { normaliseText } from './split.ts';

export type { Deck } from './build.ts';

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
}

export function loadDeck(options: DeckOptions): Deck {
  const errors: SlideError[] = [];
  const shownDir = (relative(options.root, options.slidesDir) || '.').split(sep).join('/');
  const files = listSlideFiles(options.slidesDir).map((name) => readSlideFile(join(options.slidesDir, name), `${shownDir}/${name}`));
  if (files.length === 0) {
    errors.push(new SlideError('no-slides', { file: shownDir, line: 1, column: 1 }, 'The deck has no slide files', `add a Markdown file such as ${shownDir}/01-inledning.md`));
  }
  const imageExists = (name: string) => isInside(options.imagesDir, name) && existsSync(join(options.imagesDir, name));
  const dataDir = join(options.slidesDir, 'data');
  const readDataFile = (name: string) => (isInside(dataDir, name) && existsSync(join(dataDir, name)) ? readSlideFile(join(dataDir, name), `${shownDir}/data/${name}`) : null);
  const { imageBase, publicUrl, notes } = options;
  return buildDeck(files, { imageBase, imageExists, publicUrl, notes, readDataFile }, errors);
}

/** Slide files in name order, numbers compared as numbers ("2-" before "10-"). */
export function listSlideFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && statSync(join(dir, name)).isFile())
    .sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }));
}

/** Read a slide (or data) file as strict UTF-8; a file that is not gets an error and a lossy text for its code frame. */
export function readSlideFile(path: string, shown: string): SlideFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const at = { file: shown, line: 1, column: 1 };
    return { path: shown, text: '', error: new SlideError('unreadable-file', at, `The file cannot be read: ${(error as Error).message}`, "check the file's permissions") };
  }
  try {
    return { path: shown, text: normaliseText(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    const text = normaliseText(new TextDecoder('utf-8').decode(bytes));
    const offset = text.indexOf('\uFFFD');
    const before = text.slice(0, offset).split('\n');
    const at = { file: shown, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    const error = new SlideError('invalid-utf8', at, 'The file is not valid UTF-8', 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)');
    return { path: shown, text, error };
  }
}

function isInside(dir: string, name: string): boolean {
  return resolve(dir, name).startsWith(resolve(dir) + sep);
}

/** Every error of a deck, printed with code frames. */
export function formatDeckErrors(deck: Pick<Deck, 'errors' | 'sources'>): string {
  const count = deck.errors.length;
  const blocks = deck.errors.map((error) => formatError(error, deck.sources.get(error.at.file) ?? ''));
  return `${count} error${count === 1 ? '' : 's'} in the slides:\n\n${blocks.join('\n\n')}`;
}
