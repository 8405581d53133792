// reveal.js settings for the talk: 16:9 slides, shareable links, calm motion.
import type { RevealConfig } from 'reveal.js';
import { printViewConfig } from './print-view.ts';

export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

export function deckConfig(): RevealConfig {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0.04,
    hash: true,
    controls: true,
    progress: true,
    center: true,
    transition: reducedMotion ? 'none' : 'slide',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    ...printViewConfig(),
  };
}
