// The slides' size as presented and printed: 16:9, the size the layouts are designed for.
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;
