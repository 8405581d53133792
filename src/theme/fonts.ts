// The deck's typeface, Inter, and fallbacks whose metrics match it: while Inter is on its way the
// text paints in Arial (or its metric twin Liberation Sans), or Roboto, sized and spaced as Inter
// will be, so nothing moves when Inter arrives. Metrics from @capsizecss/metrics.
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import inter from '@capsizecss/metrics/inter';
import roboto from '@capsizecss/metrics/roboto';

import { FONT_WEIGHTS, type FontWeight } from './tokens.ts';

export { FONT_WEIGHTS, type FontWeight };

/** Each fallback's local fonts by weight: Arial, or its metric twins where it is missing (Linux). */
const LOCAL_FACES: Record<string, Record<FontWeight, string[]>> = {
  Arial: { 400: ['Arial', 'ArialMT', 'Liberation Sans', 'Arimo'], 700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'Arimo Bold'] },
  Roboto: { 400: ['Roboto', 'Roboto-Regular'], 700: ['Roboto Bold', 'Roboto-Bold'] },
};

const fallbacks = [arial, roboto];
const stack = createFontStack([inter, ...fallbacks], { fontFaceFormat: 'styleObject' });

/** The font-family list: Inter, its metric-matched fallbacks, then the system's. */
export const FONT_FAMILY = `${stack.fontFamily}, system-ui, sans-serif`;

/** Where a weight of Inter comes from: a file, or inside the page (a data: URL). */
export interface FontSource {
  url: string;
  inline: boolean;
}

/** @font-face rules: Inter in each weight, and each fallback in each weight sized like Inter. */
export function fontFacesCss(sourceOf: (weight: FontWeight) => FontSource): string {
  const face = (weight: FontWeight, declarations: string) => `@font-face { font-style: normal; font-weight: ${weight}; ${declarations} }`;
  // Inside the page the font is there at once: wait the moment it takes rather than swap.
  const display = (source: FontSource) => (source.inline ? 'block' : 'swap');
  const inters = FONT_WEIGHTS.map((weight) => {
    const source = sourceOf(weight);
    return face(weight, `font-family: 'Inter'; font-display: ${display(source)}; src: url("${source.url}") format('woff2');`);
  });
  const matched = stack.fontFaces.flatMap(({ '@font-face': { fontFamily, ascentOverride, descentOverride, lineGapOverride, sizeAdjust } }, index) =>
    FONT_WEIGHTS.map((weight) => {
      const src = LOCAL_FACES[fallbacks[index].familyName][weight].map((name) => `local('${name}')`).join(', ');
      const overrides = [ascentOverride && `ascent-override: ${ascentOverride};`, descentOverride && `descent-override: ${descentOverride};`, lineGapOverride && `line-gap-override: ${lineGapOverride};`, `size-adjust: ${sizeAdjust};`];
      return face(weight, [`font-family: ${fontFamily};`, `src: ${src};`, ...overrides].filter(Boolean).join(' '));
    }),
  );
  return [...inters, ...matched].join('\n');
}
