// The deck's design tokens, the one place each number and colour of the slides' geometry and
// palette is written: TypeScript imports them, CSS gets them as --deck-* custom properties or,
// where CSS cannot take a variable (query conditions, @page), in generated rules (css-tokens.ts).
// tests/unit/architecture.test.ts fails when a colour or slide size is written anywhere else.
// Plain values only, so the page's small inline script (src/client/boot/) takes just what it uses.

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
/** Inter's weights the slides use: text, and headings and labels. */
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];
export const FONT_SIZE = 36;

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
  /** Drawing on a slide while presenting: the pen, the highlighter, the laser pointer's dot. */
  pen: '#d4145a',
  highlighter: '#ffd400',
  laser: '#ff1f1f',
  /** Shadows are black, made lighter by their alpha; also the high-contrast projector mode's ink. */
  black: '#000000',
} as const;

/** How opaque the overlay's box is (css-tokens.ts makes its colour; PowerPoint takes the share). */
export const PANEL_OPACITY = 0.88;
