// The deck's design tokens, the one place each number and colour of the slides' geometry and
// palette is written: TypeScript imports them, CSS gets them as --deck-* custom properties
// (tokensCss) or, where CSS cannot take a variable (query conditions, @page), in generated rules.
// tests/unit/tokens.test.ts fails when a colour or slide size is written anywhere else.

/** The slides' size as presented and printed: 16:9, the size the layouts are designed for. */
export const SLIDE = { width: 1280, height: 720 } as const;
/** Tall slides for the reading view on phones: on a 390 px phone a 720 px wide slide shows body text at about 20 px. */
export const PHONE_SLIDE = { width: 720, height: 1080 } as const;
/** Space around the slides on screen, as a share of the window (reveal's `margin`). */
export const SLIDE_MARGIN = 0.04;
/** reveal's print view makes each page slide × (1 + margin): none, so a page is exactly one slide. */
export const PRINT_MARGIN = 0;
/** reveal's threshold: a window this wide or less (less its margin) reads the talk in the scroll view. */
export const SCROLL_ACTIVATION_WIDTH = 435;
/** Tall slides are at most this wide; the layouts' wide design starts above it. */
export const TALL_SLIDE_MAX_WIDTH = 899;
/**
 * Windows this narrow or less (a small laptop zoomed to 150 %, a tablet upright) always show the
 * switch to the reading view; wider ones bring it out with the first Tab.
 */
export const NARROW_WINDOW_MAX_WIDTH = 900;
/** The widest content of a slide; the reading view's wider slides keep their content to it. */
export const CONTENT_WIDTH = 1184;
export const SLIDE_PADDING = 72;
export const FONT_SIZE = 36;
export const FONT_STACK = "'Inter', system-ui, 'Segoe UI', Roboto, Arial, sans-serif";

export const palette = {
  navy: '#0b1f4d',
  blueDeep: '#0a3d91',
  blue: '#0a5bd8',
  blueMid: '#3d8bfd',
  blueLight: '#e3eeff',
  white: '#ffffff',
  /** The rank charts' grid lines, and their axis labels. */
  chartGrid: '#b7cbef',
  chartLabel: '#3b4a6b',
  /** A rule between the pages of the no-script view. */
  pageRule: '#cfe3ff',
  /** The presenter view: dark panels, muted labels, the countdown's warning and over-time colours. */
  presenterPanel: '#16306b',
  presenterMuted: '#c3d3f2',
  presenterWarning: '#ffc233',
  presenterOver: '#c5221f',
} as const;

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
export const PANEL = withAlpha(palette.blueDeep, 0.88);

/** The container query of the phone reading view's tall slides. */
export const TALL_SLIDES = `@container slide (max-width: ${TALL_SLIDE_MAX_WIDTH}px)`;
/** The container query of the reading view's slides wider than a presented slide (on computers). */
export const WIDE_READING_SLIDES = `@container slide (min-width: ${SLIDE.width + 1}px)`;
/** Windows wider than narrow ones (see NARROW_WINDOW_MAX_WIDTH). */
export const WIDE_WINDOW = `@media (min-width: ${NARROW_WINDOW_MAX_WIDTH + 1}px)`;
/** Windows where reveal opens the scroll view: the phone's reading view. */
export const PHONE_WINDOW = `@media (max-width: ${Math.floor(SCROLL_ACTIVATION_WIDTH / (1 - SLIDE_MARGIN))}px)`;

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every token as a custom property on :root. */
export function tokensCss(): string {
  const properties = {
    ...Object.fromEntries(Object.entries(palette).map(([name, value]) => [kebab(name), value])),
    ink: palette.navy,
    panel: PANEL,
    shadow: withAlpha(palette.navy, 0.35),
    'shadow-strong': withAlpha(palette.navy, 0.55),
    'shadow-deep': withAlpha('#000000', 0.25),
    font: FONT_STACK,
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
