// The interface every slide layout implements, and the context it is given.
import type * as v from 'valibot';
import type { SlideFile } from './build.ts';
import type { ErrorCode } from './errors.ts';
import type { PhotoInfo } from './photos.ts';
import type { Position, RawSlide, Slide, Token } from './types.ts';

export type PropsSchema = v.StrictObjectSchema<v.ObjectEntries, undefined>;

/** What a layout's parse step can see and report. */
export interface LayoutContext {
  raw: RawSlide;
  /** The body's top-level blocks (a heading, a paragraph, a list, …). */
  blocks: Token[][];
  /** Report an author error at a token's line (or at the slide's start). */
  error(code: ErrorCode, message: string, hint: string, at?: Token | Position): void;
  /** Where a frontmatter key's value stands, for errors about it. */
  valueAt(key: string): Position;
  /** Where the deck is published; empty when not known. */
  publicUrl: string;
  /** Check that a picture exists in public/images and give its URL. */
  image(name: string, at: Position): string;
  /** A raster photo's size and AVIF/WebP versions, if the build made them. */
  photo(name: string): PhotoInfo | undefined;
  /** Read a data file from slides/data/; null (and an error) when it cannot be read. */
  readData(name: string, at: Position): SlideFile | null;
}

/** What parse must give back: at least the slide's title, for its id and outline. */
export interface LayoutData {
  title: string;
}

/** A rendered slide: its inner HTML and any attributes for its <section>. */
export interface SectionParts {
  html: string;
  attributes?: Record<string, string>;
}

export interface Layout<S extends PropsSchema = PropsSchema, D extends LayoutData = LayoutData> {
  name: string;
  /** The frontmatter keys this layout takes besides `layout` and `id`. */
  props: S;
  /** Check the body's structure and pick out what render needs. */
  parse(ctx: LayoutContext, props: v.InferOutput<S>): D | undefined;
  /** Pure: the same slide always gives the same HTML. */
  render(slide: Slide<v.InferOutput<S>, D>): SectionParts;
  css: string;
}

/** Type helper so each layout file keeps its own prop and data types. */
export function defineLayout<S extends PropsSchema, D extends LayoutData>(layout: Layout<S, D>): Layout<S, D> {
  return layout;
}
