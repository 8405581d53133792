// The PowerPoint file's units and names: slide px to inches and points, colours as pptxgenjs takes them.
import type { Box } from '../../deck/index.ts';

/** The slide is 13.333 × 7.5 in: 96 px to the inch and 0.75 pt to the px, exactly as CSS measures. */
export const inches = (px: number) => px / 96;
export const points = (px: number) => px * 0.75;
/** pptxgenjs takes colours without their "#". */
export const colour = (hex: string) => hex.replace('#', '').toUpperCase();

export const FONT = 'Inter';
export const LANGUAGE = 'sv-SE';
/** Shapes whose text shows in capitals end their name in this, which the patch step turns into cap="all". */
export const CAPS_MARK = ' [caps]';

export function place(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) };
}
