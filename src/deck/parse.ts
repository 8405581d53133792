// Turn a raw slide into a checked slide: its layout, props, body and notes.
import { SlideError, type ErrorCode } from './errors.ts';
import { readFrontmatter } from './frontmatter.ts';
import { checkUnopenedFrontmatter, findTooDeep, MAX_DEPTH } from './guards.ts';
import { parseMarkdown, renderTokens } from './markdown.ts';
import { checkProps } from './props.ts';
import { checkMedia, type InternalLink } from './media.ts';
import { blockPosition, type MarkdownSource } from './source.ts';
import { choiceHint } from './suggest.ts';
import { bodyLines, topLevelBlocks } from './tokens.ts';
import type { DeckAssets, DeckOptions, Frontmatter, Layout, LayoutContext, Position, RawSlide, Slide, Token } from './types.ts';

const DEFAULT_LAYOUT = 'content';

/** What every slide of a deck is parsed with. */
export interface ParseContext {
  options: DeckOptions;
  assets: Required<DeckAssets>;
}

export interface ParsedSlide {
  slide: Slide | null;
  /** The id the author set, if any (duplicates of it are errors). */
  explicitId: string | null;
  links: InternalLink[];
  errors: SlideError[];
}

export function parseSlide(raw: RawSlide, { options, assets }: ParseContext): ParsedSlide {
  const errors: SlideError[] = [];
  const slideAt: Position = { file: raw.file, line: raw.line, column: 1 };
  const failed = (): ParsedSlide => ({ slide: null, explicitId: null, links: [], errors });

  let frontmatter: Frontmatter | null = null;
  if (raw.frontmatter) {
    const read = readFrontmatter(raw.file, raw.frontmatter);
    if (!read.frontmatter) return { ...failed(), errors: read.errors };
    frontmatter = read.frontmatter;
  }
  const layout = findLayout(options.layouts, frontmatter, slideAt, errors);
  if (!layout) return failed();
  const { props, errors: propErrors } = checkProps(layout.props, layout.name, frontmatter, slideAt);
  errors.push(...propErrors);
  const explicitId = readId(frontmatter, errors);

  const unopened = checkUnopenedFrontmatter(raw);
  if (unopened) return { ...failed(), errors: [...errors, unopened] };
  const body: MarkdownSource = { file: raw.file, lines: bodyLines(raw), line: raw.body.line, column: 1 };
  const tokens = parseMarkdown(raw.body.text);
  const tooDeep = findTooDeep(tokens);
  if (tooDeep) {
    errors.push(tooDeepError(body, tooDeep));
    return failed();
  }
  if (tokens.length === 0) {
    errors.push(new SlideError('empty-slide', slideAt, 'This slide has no content', 'write the slide\'s text below its frontmatter, or remove the extra "---"'));
    return failed();
  }
  const toPosition = (token: Token): Position => blockPosition(body, token);
  const context: LayoutContext = {
    raw,
    blocks: topLevelBlocks(tokens),
    error(code: ErrorCode, message: string, hint: string, at?: Token | Position) {
      const position = at === undefined ? slideAt : 'file' in at ? at : toPosition(at);
      errors.push(new SlideError(code, position, message, hint));
    },
    valueAt: (key) => frontmatter?.valueAt(key) ?? slideAt,
    image(name, at) {
      const found = assets.findImage(name);
      if (found === undefined) {
        errors.push(new SlideError('image-not-found', at, `The picture "${name}" is not in public/images/`, 'put the file in public/images/ or fix its name (names are case-sensitive)'));
        // Not handed on: the one-file build would read whatever the name points at.
        return name;
      }
      return options.imageUrl(found);
    },
    photo: (name) => options.photo?.(assets.findImage(name) ?? name),
    readData(name, at) {
      const file = assets.readDataFile(name);
      if (!file) errors.push(new SlideError('data-not-found', at, `The data file "${name}" is not in slides/data/`, 'put the file in slides/data/ or fix its name (names are case-sensitive)'));
      else if (file.error) errors.push(file.error);
      return file?.error ? null : file;
    },
  };
  const links = checkMedia(tokens, body, context, { slidePictures: true });
  // The notes obey the slide's rules: pictures from the pictures folder with alt text, safe links.
  const notes = parseNotes(raw, context, errors);
  links.push(...(notes?.links ?? []));
  if (!props || errors.length > 0) return { ...failed(), explicitId };

  const data = layout.parse(context, props);
  if (!data || errors.length > 0) return { ...failed(), explicitId };
  const notesHtml = notes ? renderTokens(notes.tokens) : null;
  const slide: Slide = { raw, id: explicitId ?? '', title: data.title, layout, props, data, notesHtml };
  return { slide, explicitId, links, errors };
}

function findLayout(layouts: readonly Layout[], frontmatter: Frontmatter | null, slideAt: Position, errors: SlideError[]): Layout | null {
  // "layout:" with no value is a mistake, not a request for the default.
  const data = frontmatter?.data ?? {};
  const name = Object.hasOwn(data, 'layout') ? data.layout : DEFAULT_LAYOUT;
  const layout = typeof name === 'string' ? layouts.find((candidate) => candidate.name === name) : undefined;
  if (layout) return layout;
  const names = layouts.map((candidate) => candidate.name);
  if (!frontmatter) {
    // Only a loader given no default layout gets here: the talk's layouts include it.
    errors.push(new SlideError('unknown-layout', slideAt, `The deck has no "${DEFAULT_LAYOUT}" layout for slides without frontmatter`, `give the loader a layout named "${DEFAULT_LAYOUT}"`));
    return null;
  }
  errors.push(
    typeof name === 'string'
      ? new SlideError('unknown-layout', frontmatter.valueAt('layout'), `Unknown layout "${name}"`, choiceHint(name, names))
      : new SlideError('wrong-type', frontmatter.valueAt('layout'), '"layout" must be a name', `use one of: ${names.join(', ')}`),
  );
  return null;
}

function readId(frontmatter: Frontmatter | null, errors: SlideError[]): string | null {
  const id = frontmatter?.data.id;
  if (frontmatter === null || id === undefined) return null;
  if (typeof id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(id)) return id;
  errors.push(new SlideError('wrong-type', frontmatter.valueAt('id'), '"id" must be lower-case letters, digits and hyphens', 'write for example "id: sverige-ligger-efter"'));
  return null;
}

/** A slide's notes as checked tokens, or null when it has none (or they nest too deep). */
function parseNotes(raw: RawSlide, context: LayoutContext, errors: SlideError[]): { tokens: Token[]; links: InternalLink[] } | null {
  if (!raw.notes || !raw.notes.text.trim()) return null;
  const source: MarkdownSource = { file: raw.file, lines: raw.notes.text.split('\n'), line: raw.notes.line, column: raw.notes.column ?? 1 };
  const tokens = parseMarkdown(raw.notes.text);
  const tooDeep = findTooDeep(tokens);
  if (tooDeep) {
    errors.push(tooDeepError(source, tooDeep));
    return null;
  }
  return { tokens, links: checkMedia(tokens, source, context, { slidePictures: false }) };
}

function tooDeepError(source: MarkdownSource, token: Token): SlideError {
  const message = `Lists and quotes nest more than ${MAX_DEPTH} levels deep here`;
  return new SlideError('too-deep', blockPosition(source, token), message, 'flatten the list or quote, or split it over several slides');
}
