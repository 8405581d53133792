// The ways the talk is shown; each check that must hold everywhere runs once per view listed here.
import type { PlaywrightTestOptions } from '@playwright/test';

export interface DeckView {
  name: string;
  /** Where the view opens, relative to the deck's address. */
  path: string;
  /** The browser it is seen in. */
  use: Partial<Pick<PlaywrightTestOptions, 'viewport' | 'isMobile' | 'hasTouch' | 'deviceScaleFactor'>>;
}

export const PRESENTING: DeckView = { name: 'presenting view', path: './', use: { viewport: { width: 1280, height: 720 } } };

export const PHONE: DeckView = { name: 'phone scroll view', path: './', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } };

/** The reading view on a computer: slides as wide as the window, text at reading size (src/client/reading/reading-size.ts). */
export const READING: DeckView = { name: 'reading view on a computer', path: './?view=scroll', use: PRESENTING.use };

export const PRESENTER: DeckView = { name: 'presenter view', path: './?presenter', use: PRESENTING.use };

export const VIEWS: DeckView[] = [PRESENTING, PHONE, READING, PRESENTER];
