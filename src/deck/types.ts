// Shapes that flow through the loader: split → parse → render.
import type { Token } from 'markdown-it';

/** A 1-based position in a slide file. */
export interface Position {
  file: string;
  line: number;
  column: number;
  /** How many characters the problem spans, for the code frame's underline. */
  length?: number;
}

/** A block of lines inside a slide file, with the line its text starts on. */
export interface SourceBlock {
  text: string;
  /** 1-based line number of the block's first line. */
  line: number;
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

/** A slide whose layout is known and whose props are checked. */
export interface Slide<Props = Record<string, unknown>, Data = unknown> {
  raw: RawSlide;
  id: string;
  layout: string;
  props: Props;
  /** What the layout's parse step made of the body. */
  data: Data;
  /** Notes, rendered to HTML. */
  notesHtml: string | null;
}

export type { Token };
