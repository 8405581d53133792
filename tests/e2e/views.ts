// The ways the talk is shown; each check that must hold everywhere runs in a walk of each view listed here.
import type { PlaywrightTestOptions } from '@playwright/test';

export interface DeckView {
  name: string;
  /** Where the view opens, relative to the deck's address. */
  path: string;
  /** The browser it is seen in. */
  use: Partial<Pick<PlaywrightTestOptions, 'viewport' | 'isMobile' | 'hasTouch' | 'deviceScaleFactor'>>;
}

type Use = DeckView['use'];

export const PRESENTING: DeckView = { name: 'presenting view', path: './', use: { viewport: { width: 1280, height: 720 } } };

export const PHONE: DeckView = { name: 'phone scroll view', path: './', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } };

const READING_PATH = './?view=scroll';

/** The reading view on a computer: slides as wide as the window, text at reading size (src/client/reading/reading-size.ts). */
export const READING: DeckView = { name: 'reading view on a computer', path: READING_PATH, use: PRESENTING.use };

/**
 * A screen at 100 % and the same screen zoomed to 200 % (WCAG 1.4.4): on a 1280×720 screen that is
 * a 640×360 window of CSS pixels drawn at two device pixels each.
 */
function screenZoom(width: number, height: number): { at100: Use; at200: Use } {
  return { at100: { viewport: { width, height }, deviceScaleFactor: 1 }, at200: { viewport: { width: width / 2, height: height / 2 }, deviceScaleFactor: 2 } };
}

export const LAPTOP = screenZoom(1280, 720);
export const DESKTOP = screenZoom(1920, 1080);

export const SLIDE_SHOW_AT_200: DeckView = { name: 'slide show at 200 %', path: './', use: LAPTOP.at200 };
export const READING_AT_200: DeckView = { name: 'reading view at 200 %', path: READING_PATH, use: LAPTOP.at200 };
export const READING_AT_200_DESKTOP: DeckView = { name: 'reading view at 200 % on a 1920×1080 screen', path: READING_PATH, use: DESKTOP.at200 };

/** The speaker's window: the slide shown, the next one in a preview frame, notes and time. */
export const PRESENTER: DeckView = { name: 'presenter view', path: './?presenter', use: PRESENTING.use };
