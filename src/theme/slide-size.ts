// The slides' size as presented and printed: 16:9, the size the layouts are designed for.
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;
/** Tall slides for the reading view on phones: on a 390 px phone a 720 px wide slide shows body text at about 20 px. */
export const PHONE_SLIDE = { width: 720, height: 1080 } as const;
/** Space around the slides on screen, as a share of the window. */
export const SLIDE_MARGIN = 0.04;
/** reveal's print view makes each page slide × (1 + margin): none, so a page is exactly one slide. */
export const PRINT_MARGIN = 0;
