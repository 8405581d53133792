// reveal.js settings for the talk: 16:9 slides, shareable links, calm motion.
import type { RevealConfig } from 'reveal.js';

export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;
/** Space around the slides, as a share of the window (reveal's print view uses it for the page size too). */
export const SLIDE_MARGIN = 0.04;

export function deckConfig(): RevealConfig {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: SLIDE_MARGIN,
    hash: true,
    controls: true,
    progress: true,
    center: true,
    transition: reducedMotion ? 'none' : 'slide',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
  };
}
