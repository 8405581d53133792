// What CSS needs from the design tokens (tokens.ts): the palette and sizes as --deck-* custom
// properties, the query conditions CSS cannot take from a variable, and colours with an alpha.
import { FONT_FAMILY } from './fonts.ts';
import { CONTENT_WIDTH, FONT_SIZE, NARROW_WINDOW_MAX_WIDTH, palette, PANEL_OPACITY, SLIDE, SLIDE_MARGIN, SLIDE_PADDING, TALL_SLIDE_MAX_WIDTH } from './tokens.ts';

/** A palette colour with an alpha, as CSS "rgb(r g b / a)". */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}

/**
 * How wide a picture in a slide's text shows at most (its versions' `sizes`): the slide, scaled to
 * the window's width or height less the margin, or on a phone the screen's width less the margin.
 */
export function slidePictureSizes(): string {
  const room = 1 - SLIDE_MARGIN;
  return `min(${Math.round(room * 100)}vw, ${Math.round((room * SLIDE.width * 100) / SLIDE.height)}vh)`;
}

/** The overlay box: white text on it stays above 7:1 even over a pure white picture (tests/unit/contrast.test.ts). */
export const PANEL = withAlpha(palette.blueDeep, PANEL_OPACITY);

/** The container query of the phone reading view's tall slides. */
export const TALL_SLIDES = `@container slide (max-width: ${TALL_SLIDE_MAX_WIDTH}px)`;
/** The container query of the reading view's slides wider than a presented slide (on computers). */
export const WIDE_READING_SLIDES = `@container slide (min-width: ${SLIDE.width + 1}px)`;
/** Windows wider than narrow ones (see NARROW_WINDOW_MAX_WIDTH). */
export const WIDE_WINDOW = `@media (min-width: ${NARROW_WINDOW_MAX_WIDTH + 1}px)`;

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every token as a custom property on :root. */
export function tokensCss(): string {
  const properties = {
    ...Object.fromEntries(Object.entries(palette).map(([name, value]) => [kebab(name), value])),
    ink: palette.navy,
    panel: PANEL,
    shadow: withAlpha(palette.navy, 0.35),
    'shadow-strong': withAlpha(palette.navy, 0.55),
    'shadow-deep': withAlpha(palette.black, 0.25),
    font: FONT_FAMILY,
    'font-size': `${FONT_SIZE}px`,
    'slide-width': `${SLIDE.width}px`,
    'slide-height': `${SLIDE.height}px`,
    'slide-padding': `${SLIDE_PADDING}px`,
    'content-width': `${CONTENT_WIDTH}px`,
  };
  return `:root {\n${Object.entries(properties)
    .map(([name, value]) => `  --deck-${name}: ${value};`)
    .join('\n')}\n}\n`;
}
