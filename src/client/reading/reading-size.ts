// The slide size of the reading view. The slide show scales its 1280×720 slides to the window, so
// zooming the browser only shrinks the window and the text stays the same size on screen. The
// reading view keeps the text at one size in CSS pixels and fits the slide to the window instead:
// zoom to 200 % and the text is twice as large, the slides half as wide (WCAG 1.4.4).
import { PHONE_SLIDE, SLIDE, SLIDE_MARGIN, TALL_SLIDE_MAX_WIDTH } from '../../theme/tokens.ts';

/**
 * The text size the reading view keeps, as a scale from slide to CSS pixels: body text about 23 px.
 * Low enough that a window zoomed to 200 % on a screen 975 px or wider still has room for a tall
 * slide at this scale; phones, narrower, get a little less (0.52 on a 390 px phone).
 */
export const READING_SCALE = 0.65;

const TALL_ASPECT = PHONE_SLIDE.height / PHONE_SLIDE.width;
const WIDE_ASPECT = SLIDE.height / SLIDE.width;

export interface ReadingSize {
  width: number;
  height: number;
  /** The scale that fits the slide's width to the window, as reveal rounds it. */
  scale: number;
}

/**
 * Wide windows get 16:9 slides at least 1280 wide, narrow ones tall slides from a phone's width up to the tall slides' widest: the sizes
 * the layouts are designed for, larger where the window has room.
 */
export function readingSlideSize(windowWidth: number): ReadingSize {
  const room = windowWidth * (1 - SLIDE_MARGIN);
  const ideal = Math.floor(room / READING_SCALE);
  const width = ideal >= SLIDE.width ? ideal : Math.min(Math.max(ideal, PHONE_SLIDE.width), TALL_SLIDE_MAX_WIDTH);
  const aspect = width >= SLIDE.width ? WIDE_ASPECT : TALL_ASPECT;
  // Rounded down to hundredths, as reveal rounds it, so the slide never grows past the window.
  return { width, height: Math.round(width * aspect), scale: Math.floor((room / width) * 100) / 100 };
}
