// What the layouts' PowerPoint steps share: the slide's measures from the tokens, em as the CSS
// means it, content stacked and centred as reveal.js centres a slide, the accent bar.
import type { Box, PptxItem, TextStyle } from '../deck/index.ts';
import { FONT_SIZE, palette, SLIDE, SLIDE_PADDING } from '../theme/tokens.ts';

/** n em of the slide's type, in px. */
export const em = (n: number) => n * FONT_SIZE;
/** n rem in px: the page keeps the browser's root size. */
export const rem = (n: number) => n * 16;

/** CSS's ch in em: the width of Inter's bold "0" (measured in Chromium). */
export const CH = 0.674;

/** The column slides' content keeps to, between the side paddings. */
export const CONTENT = { x: SLIDE_PADDING, w: SLIDE.width - 2 * SLIDE_PADDING } as const;

/** The whole slide, for full-bleed pictures. */
export const FULL_SLIDE: Box = { x: 0, y: 0, w: SLIDE.width, h: SLIDE.height };

/** A slide's heading as the content and agenda layouts set it (h2: 1.45em, blue, capitals). */
export const HEADING: TextStyle = { size: em(1.45), color: palette.blue, bold: true, caps: true, lineHeight: 1.15, valign: 'bottom', balance: true };

/** Tops of blocks of these heights, stacked with these gaps and centred on the slide. */
export function stackCentred(heights: number[], gaps: number[]): number[] {
  const total = heights.reduce((sum, height) => sum + height, 0) + gaps.reduce((sum, gap) => sum + gap, 0);
  let top = Math.max(0, (SLIDE.height - total) / 2);
  return heights.map((height, index) => {
    const at = top;
    top += height + (gaps[index] ?? 0);
    return at;
  });
}

/** The short rounded bar above a statement or section heading. */
export function accentBar(x: number, y: number, width: number, fill: string): PptxItem {
  return { type: 'shape', shape: 'roundRect', box: { x, y, w: width, h: rem(0.35) }, fill, radius: rem(0.35) / 2 };
}
