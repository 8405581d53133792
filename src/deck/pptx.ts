// What a layout gives for its slide in PowerPoint: plain data, in the slide's own pixels and the
// theme's colours, which the export (src/export/pptx/) draws with pptxgenjs. The loader only names it.
import type { Token } from 'markdown-it';

/** A rectangle on the slide, in CSS px of the 16:9 slide (as the layouts' CSS measures it). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A link's address (mailto:, tel:, https:); a link to a slide (#/id) is given as its slide's number. */
  link?: string | { slide: number };
  /** A line break after the run, inside its paragraph. */
  breakAfter?: boolean;
}

export interface TextParagraph {
  runs: TextRun[];
  /** 0: a plain paragraph; 1: a bullet (or a number); 2: a bullet of a nested list. */
  level: number;
  /** Numbered instead of bulleted. */
  numbered?: boolean;
  /** A further paragraph of the same list item: indented, without a bullet of its own. */
  continues?: boolean;
  /** Set at this share of the box's size (a nested list's smaller type). */
  scale?: number;
}

export interface TextStyle {
  /** CSS px on the slide. */
  size: number;
  /** A palette colour, "#rrggbb". */
  color: string;
  bold?: boolean;
  /** Shown in capitals, the text kept in its case (PowerPoint's "All Caps"). */
  caps?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /** Line height as a multiple of the size. */
  lineHeight?: number;
  /** Space after each paragraph, in px. */
  spaceAfter?: number;
  /** Letter spacing in px. */
  letterSpacing?: number;
  /** Lines of about equal length, as CSS's text-wrap: balance (set with line breaks). */
  balance?: boolean;
}

export interface TextItem {
  type: 'text';
  box: Box;
  paragraphs: TextParagraph[];
  style: TextStyle;
}

export interface ShapeItem {
  type: 'shape';
  shape: 'rect' | 'roundRect' | 'ellipse';
  box: Box;
  fill: string;
  /** 0–1; 1 (the default) is opaque. */
  opacity?: number;
  /** Corner radius of a roundRect, in px. */
  radius?: number;
}

export interface PictureItem {
  type: 'picture';
  box: Box;
  /** A file in the pictures folder. */
  image: string;
  /** Swedish alt text. */
  alt: string;
}

/** A line chart of ranks: rank 1 at the top, every point labelled ("16/193"), hollow or filled. */
export interface RankChartItem {
  type: 'rank-chart';
  box: Box;
  /** The years across, first to last. */
  years: number[];
  /** The lowest rank on the axis (the bottom). */
  maxRank: number;
  name: string;
  points: { year: number; rank: number; label: string; hollow: boolean }[];
}

export type PptxItem = TextItem | ShapeItem | PictureItem | RankChartItem;

/** A gradient from one colour to another at an angle (CSS degrees: 135 runs from top left to bottom right). */
export interface Gradient {
  from: string;
  to: string;
  angle: number;
}

export interface PptxSlide {
  background?: string | Gradient;
  /**
   * Where the slide's title stands: PowerPoint's title placeholder, which its outline and screen
   * readers read. `hidden` puts it just above the slide, for a layout that shows no heading.
   */
  title: { box: Box; style: TextStyle; runs?: TextRun[]; hidden?: boolean };
  /** Drawn under the title (a photo, the box behind it), in this order. */
  backdrop?: PptxItem[];
  /** Drawn after the title, in reading order. */
  items: PptxItem[];
}

/** What a layout's PowerPoint step can use: text from Markdown tokens, and how tall text sets. */
export interface PptxContext {
  /** Block tokens (paragraphs, lists, headings) as paragraphs of runs. */
  paragraphs(tokens: Token[]): TextParagraph[];
  /** The inline content of a heading or paragraph block as runs. */
  runs(block: Token[]): TextRun[];
  /** About how tall the paragraphs set in a box this wide, in px (Inter's average letter widths). */
  textHeight(paragraphs: TextParagraph[], style: TextStyle, width: number): number;
  /** About how wide a line of text sets, in px. */
  textWidth(text: string, style: TextStyle): number;
}
