// Shapes that flow through the loader (split → parse → render), and the interface every layout implements.
import type { Token } from 'markdown-it';
import type * as v from 'valibot';
import type { ErrorCode, Position, SlideError } from './errors.ts';
import type { PhotoInfo } from './photos.ts';
import type { PptxContext, PptxSlide } from './pptx.ts';

export type { Position };

/** A block of lines inside a slide file, with the line its text starts on. */
export interface SourceBlock {
  text: string;
  /** 1-based line number of the block's first line. */
  line: number;
  /** 1-based column of the text's first character on that line, when it does not start the line (notes follow "<!--"). */
  column?: number;
}

/** A slide file as read: its text, or why it could not be read. */
export interface SlideFile {
  /** The path shown in errors, e.g. "slides/01-inledning.md". */
  path: string;
  text: string;
  /** Set when the file could not be read as it is (the text is then only for code frames). */
  error?: SlideError;
}

/** One slide as cut out of its file, before anything is interpreted. */
export interface RawSlide {
  file: string;
  /** 1-based line of the slide's first line (its separator or frontmatter). */
  line: number;
  frontmatter: SourceBlock | null;
  body: SourceBlock;
  /** The last HTML comment of the slide: its speaker notes. */
  notes: SourceBlock | null;
}

/** Frontmatter values with where each key and value stands in the file. */
export interface Frontmatter {
  data: Record<string, unknown>;
  keyAt(key: string): Position;
  valueAt(key: string): Position;
}

export type PropsSchema = v.StrictObjectSchema<v.ObjectEntries, undefined>;

/** What a layout's parse step must give back: at least the slide's title, for its id, outline and exports. */
export interface LayoutData {
  title: string;
}

/** A slide whose layout is known and whose props and body are checked. */
export interface LayoutSlide<S extends PropsSchema, D extends LayoutData> {
  raw: RawSlide;
  id: string;
  /** The slide's heading or main line as plain text. */
  title: string;
  layout: Layout<S, D>;
  props: v.InferOutput<S>;
  /** What the layout's parse step made of the body. */
  data: D;
  /** Notes, rendered to HTML. */
  notesHtml: string | null;
}

/** Any slide of a deck, whatever its layout (see isSlideOf for one layout's typed slides). */
export type Slide = LayoutSlide<PropsSchema, LayoutData>;

/** What a layout's parse step can see and report. */
export interface LayoutContext {
  raw: RawSlide;
  /** The body's top-level blocks (a heading, a paragraph, a list, …). */
  blocks: Token[][];
  /** Report an author error at a token's line (or at the slide's start). */
  error(code: ErrorCode, message: string, hint: string, at?: Token | Position): void;
  /** Where a frontmatter key's value stands, for errors about it. */
  valueAt(key: string): Position;
  /** Check that a picture exists in the pictures folder and give its URL. */
  image(name: string, at: Position): string;
  /** A raster photo's size and AVIF/WebP versions, if the build made them. */
  photo(name: string): PhotoInfo | undefined;
  /** Read a data file from the slides' data folder; null (and an error) when it cannot be read. */
  readData(name: string, at: Position): SlideFile | null;
}

/** A file a slide offers beside the page, such as the contact card's vCard. */
export interface Attachment {
  /** The file's name, e.g. "kontakt.vcf"; the renderer makes it unique in the deck. */
  name: string;
  /** Its media type, e.g. "text/vcard". */
  type: string;
  content: string;
}

/** Who gives the talk, for layouts that print or attach it. */
export interface Speaker {
  name: string;
  organisation: string;
}

/** What a layout's render step can use: Markdown rendering for this slide, and the deck's settings. */
export interface RenderContext {
  /** Block tokens to HTML (pictures wait for their slide, except on the first slide). */
  markdown(tokens: Token[]): string;
  /** The inline content of a heading or paragraph block, without its wrapper. */
  inline(block: Token[]): string;
  /** Offer a file with the slide and get the link to it. */
  attach(file: Attachment): string;
  /** Where the deck is published, ending in "/"; empty when not known. */
  publicUrl: string;
  speaker: Speaker;
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
  /** Pure: the same slide and context always give the same HTML. */
  render(slide: LayoutSlide<S, D>, ctx: RenderContext): SectionParts;
  /** The slide in PowerPoint, as editable text, shapes, pictures and charts (npm run export). */
  pptx?(slide: LayoutSlide<S, D>, ctx: PptxContext): PptxSlide;
  css: string;
  /** Set when a deck may have one slide of this layout: why, and what to use for another (the error's hint). */
  once?: { reason: string; hint: string };
}

/** How to read a deck: its layouts (in the order hints list them) and how its pictures are served. */
export interface DeckOptions {
  /** Every layout a slide may name, as markdown-it takes its plugins: the loader knows none itself. */
  layouts: readonly Layout[];
  /** A picture's URL in the served page, from its file's name in the pictures folder (see imageUrlUnder). */
  imageUrl(file: string): string;
  /** A raster photo's size and versions, when the build makes them (src/vite/photo-plugin.ts). */
  photo?(name: string): PhotoInfo | undefined;
}

/** The files slides refer to besides themselves: pictures and data files, found by name. */
export interface DeckAssets {
  /** A picture's file as it is named in the pictures folder, or undefined (see fileFinder). */
  findImage(name: string): string | undefined;
  /** A data file from the slides' data folder, or null when there is none. */
  readDataFile?(name: string): SlideFile | null;
}

export type { Token };
