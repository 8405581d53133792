// Build a deck from slide files already in memory: split, parse, give ids, check links between slides.
import { SlideError } from './errors.ts';
import type { InternalLink } from './media.ts';
import { parseSlide } from './parse.ts';
import { slugify } from './slug.ts';
import { splitSlides } from './split.ts';
import type { DeckAssets, DeckOptions, RawSlide, Slide, SlideFile } from './types.ts';

export type { DeckAssets, DeckOptions };

export interface Deck {
  slides: Slide[];
  /** Empty when the deck can be rendered. */
  errors: SlideError[];
  /** Each file's text by its shown path (data files too), for code frames. */
  sources: Map<string, string>;
}

export function buildDeck(files: SlideFile[], assets: DeckAssets, options: DeckOptions, errors: SlideError[] = []): Deck {
  const sources = new Map(files.map((file) => [file.path, file.text]));
  const raws: RawSlide[] = [];
  for (const file of files) {
    if (file.error) {
      errors.push(file.error);
      continue;
    }
    const split = splitSlides(file.path, file.text);
    raws.push(...split.slides);
    errors.push(...split.errors);
  }

  if (raws.length === 0 && errors.length === 0 && files.length > 0) {
    const at = { file: files[0].path, line: 1, column: 1 };
    errors.push(new SlideError('no-slides', at, 'The slide files hold no slides', 'write a slide\'s text, for example "# Rubrik"'));
  }

  // Data files read while parsing join the sources, so their errors get code frames too.
  const readDataFile = (name: string): SlideFile | null => {
    const file = assets.readDataFile?.(name) ?? null;
    if (file) sources.set(file.path, file.text);
    return file;
  };
  const context = { options, assets: { findImage: assets.findImage, readDataFile } };
  const slides: Slide[] = [];
  const explicitIds = new Map<string, RawSlide>();
  const links: InternalLink[] = [];
  for (const raw of raws) {
    const parsed = parseSlide(raw, context);
    errors.push(...parsed.errors);
    links.push(...parsed.links);
    if (parsed.explicitId) {
      const earlier = explicitIds.get(parsed.explicitId);
      if (earlier) errors.push(duplicateId(parsed.explicitId, raw, earlier));
      explicitIds.set(parsed.explicitId, raw);
    }
    if (parsed.slide) slides.push(parsed.slide);
  }
  errors.push(...checkOnceLayouts(slides));
  assignIds(slides, new Set(explicitIds.keys()));
  const ids = new Set([...explicitIds.keys(), ...slides.map((slide) => slide.id)]);
  errors.push(...checkLinks(links, ids));
  return { slides, errors, sources };
}

function duplicateId(id: string, raw: RawSlide, earlier: RawSlide): SlideError {
  return new SlideError('duplicate-id', { file: raw.file, line: raw.line, column: 1 }, `Another slide already has the id "${id}" (${earlier.file}:${earlier.line})`, 'give each slide its own id');
}

/** A second slide of a layout a deck may have once (the title slide, which holds the page's only h1). */
function checkOnceLayouts(slides: Slide[]): SlideError[] {
  const first = new Map<string, Slide>();
  return slides.flatMap((slide) => {
    const { once, name } = slide.layout;
    if (!once) return [];
    const earlier = first.get(name);
    if (!earlier) return (first.set(name, slide), []);
    const at = { file: slide.raw.file, line: slide.raw.line, column: 1, length: 3 };
    return [new SlideError('duplicate-layout', at, `A deck has one "${name}" slide, ${once.reason}; the first is at ${earlier.raw.file}:${earlier.raw.line}`, once.hint)];
  });
}

/** Slides without an id get one from their title, made unique with a number. */
function assignIds(slides: Slide[], taken: Set<string>): void {
  for (const slide of slides) {
    if (slide.id) continue;
    const base = slugify(slide.title);
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
