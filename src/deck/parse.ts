// Turn a raw slide into a checked slide: its layout, props, body and notes.
import { layoutNames, layouts } from '../layouts/index.ts';
import type { Layout, LayoutContext } from './layout.ts';
import type { SlideFile } from './build.ts';
import { SlideError, type ErrorCode } from './errors.ts';
import { readFrontmatter } from './frontmatter.ts';
import { checkUnopenedFrontmatter, findTooDeep, MAX_DEPTH } from './guards.ts';
import { parseMarkdown, renderTokens } from './markdown.ts';
import { checkProps } from './props.ts';
import { checkBodyMedia, type InternalLink } from './media.ts';
import type { PhotoInfo } from './photos.ts';
import { choiceHint } from './suggest.ts';
import { bodyLines, topLevelBlocks } from './tokens.ts';
import type { Frontmatter, Position, RawSlide, Slide, Token } from './types.ts';

const DEFAULT_LAYOUT = 'content';

export interface ParseOptions {
  /** A picture's file in public/images, as it is named (see fileFinder in load.ts), or undefined. */
  findImage(name: string): string | undefined;
  /** Base URL of public/images in the served page. */
  imageBase: string;
  /** A raster photo's size and versions, when the build makes them (src/vite/photo-plugin.ts). */
  photo?(name: string): PhotoInfo | undefined;
  /** Read a data file from slides/data/ (null when it is not there). */
  readDataFile?(name: string): SlideFile | null;
  /** Where the deck is published, if known (for example for the contact slide's QR code). */
  publicUrl?: string;
  /** Render speaker notes into the slides (off for a public build that keeps them private). */
  notes?: boolean;
}

export interface ParsedSlide {
  slide: Slide | null;
  /** The id the author set, if any (duplicates of it are errors). */
  explicitId: string | null;
  links: InternalLink[];
  errors: SlideError[];
}

export function parseSlide(raw: RawSlide, options: ParseOptions): ParsedSlide {
  const errors: SlideError[] = [];
  const slideAt: Position = { file: raw.file, line: raw.line, column: 1 };
  const failed = (): ParsedSlide => ({ slide: null, explicitId: null, links: [], errors });

  let frontmatter: Frontmatter | null = null;
  if (raw.frontmatter) {
    const read = readFrontmatter(raw.file, raw.frontmatter);
    if (!read.frontmatter) return { ...failed(), errors: read.errors };
    frontmatter = read.frontmatter;
  }
  const layout = findLayout(frontmatter, errors);
  if (!layout) return failed();
  const { props, errors: propErrors } = checkProps(layout.props, layout.name, frontmatter, slideAt);
  errors.push(...propErrors);
  const explicitId = readId(frontmatter, errors);

  const unopened = checkUnopenedFrontmatter(raw);
  if (unopened) return { ...failed(), errors: [...errors, unopened] };
  const tokens = parseMarkdown(raw.body.text);
  const tooDeep = findTooDeep(tokens);
  if (tooDeep) {
    const message = `Lists and quotes nest more than ${MAX_DEPTH} levels deep here`;
    errors.push(new SlideError('too-deep', tokenPosition(raw, tooDeep), message, 'flatten the list or quote, or split it over several slides'));
    return failed();
  }
  if (tokens.length === 0) {
    errors.push(new SlideError('empty-slide', slideAt, 'This slide has no content', 'write the slide\'s text below its frontmatter, or remove the extra "---"'));
    return failed();
  }
  const toPosition = (token: Token): Position => tokenPosition(raw, token);
  const context: LayoutContext = {
    raw,
    blocks: topLevelBlocks(tokens),
    error(code: ErrorCode, message: string, hint: string, at?: Token | Position) {
      const position = at === undefined ? slideAt : 'file' in at ? at : toPosition(at);
      errors.push(new SlideError(code, position, message, hint));
    },
    valueAt: (key) => frontmatter?.valueAt(key) ?? slideAt,
    publicUrl: options.publicUrl ?? '',
    image(name, at) {
      const found = options.findImage(name);
      if (found === undefined) {
        errors.push(new SlideError('image-not-found', at, `The picture "${name}" is not in public/images/`, 'put the file in public/images/ or fix its name (names are case-sensitive)'));
      }
      return options.imageBase + (found ?? name).split('/').map(encodeURIComponent).join('/');
    },
    photo: (name) => options.photo?.(options.findImage(name) ?? name),
    readData(name, at) {
      const file = options.readDataFile?.(name) ?? null;
      if (!file) errors.push(new SlideError('data-not-found', at, `The data file "${name}" is not in slides/data/`, 'put the file in slides/data/ or fix its name (names are case-sensitive)'));
      else if (file.error) errors.push(file.error);
      return file?.error ? null : file;
    },
  };
  const links = checkBodyMedia(tokens, context, toPosition);
  if (!props || errors.length > 0) return { ...failed(), explicitId };

  const data = layout.parse(context, props);
  if (!data || errors.length > 0) return { ...failed(), explicitId };
  const notesHtml = raw.notes && raw.notes.text.trim() ? renderTokens(parseMarkdown(raw.notes.text)) : null;
  const slide: Slide = { raw, id: explicitId ?? '', layout: layout.name, props, data, notesHtml };
  return { slide, explicitId, links, errors };
}

function findLayout(frontmatter: Frontmatter | null, errors: SlideError[]): Layout | null {
  // "layout:" with no value is a mistake, not a request for the default.
  const data = frontmatter?.data ?? {};
  const name = Object.hasOwn(data, 'layout') ? data.layout : DEFAULT_LAYOUT;
  const layout = typeof name === 'string' ? layouts.find((candidate) => candidate.name === name) : undefined;
  if (layout) return layout;
  const fm = frontmatter as Frontmatter;
  errors.push(
    typeof name === 'string'
      ? new SlideError('unknown-layout', fm.valueAt('layout'), `Unknown layout "${name}"`, choiceHint(name, layoutNames))
      : new SlideError('wrong-type', fm.valueAt('layout'), '"layout" must be a name', `use one of: ${layoutNames.join(', ')}`),
  );
  return null;
}

function readId(frontmatter: Frontmatter | null, errors: SlideError[]): string | null {
  const id = frontmatter?.data.id;
  if (id === undefined) return null;
  if (typeof id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(id)) return id;
  errors.push(new SlideError('wrong-type', (frontmatter as Frontmatter).valueAt('id'), '"id" must be lower-case letters, digits and hyphens', 'write for example "id: sverige-ligger-efter"'));
  return null;
}

/** A block token's position: its first line, at its first non-blank character. */
export function tokenPosition(raw: RawSlide, token: Token): Position {
  const offset = token.map?.[0] ?? 0;
  const lineText = bodyLines(raw)[offset] ?? '';
  const column = lineText.length - lineText.trimStart().length + 1;
  return { file: raw.file, line: raw.body.line + offset, column, length: Math.max(1, lineText.trim().length) };
}
