// Load every slide file of a deck: read, split, parse and render, collecting errors.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { SlideError, formatError } from './errors.ts';
import { parseSlide, type ParseOptions } from './parse.ts';
import { renderDeck } from './render.ts';
import { slugify } from './slug.ts';
import { normaliseText, splitSlides } from './split.ts';
import type { InternalLink } from './media.ts';
import type { RawSlide, Slide } from './types.ts';

export interface DeckOptions {
  /** Folder of the slide files. */
  slidesDir: string;
  /** Folder of the pictures (public/images). */
  imagesDir: string;
  /** URL prefix of the pictures in the page, e.g. "./images/". */
  imageBase: string;
  /** Paths in errors are shown relative to this folder. */
  root: string;
}

export interface Deck {
  slides: Slide[];
  html: string;
  errors: SlideError[];
  /** Each file's text by its shown path, for code frames. */
  sources: Map<string, string>;
}

export function loadDeck(options: DeckOptions): Deck {
  const sources = new Map<string, string>();
  const errors: SlideError[] = [];
  const raws: RawSlide[] = [];
  const shownDir = relative(options.root, options.slidesDir) || '.';

  for (const name of listSlideFiles(options.slidesDir)) {
    const shown = `${shownDir}/${name}`.split(sep).join('/');
    const text = readSlideFile(join(options.slidesDir, name), shown, errors);
    if (text === null) continue;
    sources.set(shown, text);
    const split = splitSlides(shown, text);
    raws.push(...split.slides);
    errors.push(...split.errors);
  }
  if (raws.length === 0 && errors.length === 0) {
    errors.push(new SlideError('no-slides', { file: shownDir, line: 1, column: 1 }, 'The deck has no slides', `add a Markdown file such as ${shownDir}/01-inledning.md`));
  }

  const parseOptions: ParseOptions = {
    imageBase: options.imageBase,
    imageExists: (name) => isInside(options.imagesDir, name) && existsSync(join(options.imagesDir, name)),
  };
  const slides: Slide[] = [];
  const explicitIds = new Map<string, RawSlide>();
  const links: InternalLink[] = [];
  for (const raw of raws) {
    const parsed = parseSlide(raw, parseOptions);
    errors.push(...parsed.errors);
    links.push(...parsed.links);
    if (parsed.explicitId) {
      const earlier = explicitIds.get(parsed.explicitId);
      if (earlier) errors.push(duplicateId(parsed.explicitId, raw, earlier));
      explicitIds.set(parsed.explicitId, raw);
    }
    if (parsed.slide) slides.push(parsed.slide);
  }
  assignIds(slides, new Set(explicitIds.keys()));
  errors.push(...checkLinks(links, new Set([...explicitIds.keys(), ...slides.map((slide) => slide.id)])));
  return { slides, html: errors.length ? '' : renderDeck(slides), errors, sources };
}

/** Slide files in name order, numbers compared as numbers ("2-" before "10-"). */
export function listSlideFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && statSync(join(dir, name)).isFile())
    .sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }));
}

function readSlideFile(path: string, shown: string, errors: SlideError[]): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    errors.push(new SlideError('unreadable-file', { file: shown, line: 1, column: 1 }, `The file cannot be read: ${(error as Error).message}`, 'check the file\'s permissions'));
    return null;
  }
  try {
    return normaliseText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    errors.push(invalidUtf8(bytes, shown));
    return null;
  }
}

function invalidUtf8(bytes: Buffer, shown: string): SlideError {
  // Decode line by line to find where the first bad byte sits.
  const lines = bytes.toString('latin1').split('\n');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 0;
  for (; line < lines.length; line++) {
    try {
      decoder.decode(Buffer.from(lines[line], 'latin1'));
    } catch {
      break;
    }
  }
  return new SlideError('invalid-utf8', { file: shown, line: line + 1, column: 1 }, 'The file is not valid UTF-8', 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)');
}

function isInside(dir: string, name: string): boolean {
  const path = resolve(dir, name);
  return path.startsWith(resolve(dir) + sep);
}

function duplicateId(id: string, raw: RawSlide, earlier: RawSlide): SlideError {
  return new SlideError('duplicate-id', { file: raw.file, line: raw.line, column: 1 }, `Another slide already has the id "${id}" (${earlier.file}:${earlier.line})`, 'give each slide its own id');
}

/** Slides without an id get one from their title, made unique with a number. */
function assignIds(slides: Slide[], taken: Set<string>): void {
  for (const slide of slides) {
    if (slide.id) continue;
    const base = slugify((slide.data as { title: string }).title);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    slide.id = id;
  }
}

function checkLinks(links: InternalLink[], ids: Set<string>): SlideError[] {
  return links
    .filter((link) => !ids.has(link.target))
    .map((link) => new SlideError('unknown-link-target', link.at, `No slide has the id "${link.target}"`, `link to one of the slides' ids, e.g. set "id: ${link.target}" on the slide you mean`));
}

/** Every error of a deck, printed with code frames. */
export function formatDeckErrors(deck: Pick<Deck, 'errors' | 'sources'>): string {
  const count = deck.errors.length;
  const blocks = deck.errors.map((error) => formatError(error, deck.sources.get(error.at.file) ?? ''));
  return `${count} error${count === 1 ? '' : 's'} in the slides:\n\n${blocks.join('\n\n')}`;
}
