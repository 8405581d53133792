// The browsers the smoke walk runs in, besides the whole suite in Chromium.
import { chromium, firefox } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../chromium.ts';
import { playwrightEngine, type Engine } from './deck-page.ts';
import { launchWebKit } from './webkit-driver.ts';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

const FIREFOX_SHIM = fileURLToPath(new URL('./firefox-bidi-shim.mjs', import.meta.url));

/**
 * Start a browser. reducedMotion: whether it asks for prefers-reduced-motion (reveal.js then moves
 * no slide and fades no step): off where a defect needs the motion the audience sees.
 */
export async function launchEngine(name: EngineName, { reducedMotion }: { reducedMotion: boolean }): Promise<Engine> {
  if (name === 'webkit') return launchWebKit({ reducedMotion });
  if (name === 'chromium') return playwrightEngine(await chromium.launch(chromiumLaunchOptions()), 'Chromium', reducedMotion);
  // Debian's firefox-esr over WebDriver BiDi (Playwright's own Firefox cannot be downloaded here);
  // Playwright's BiDi path does not emulate reduced motion, so a preference asks for it.
  const browser = await firefox.launch({
    channel: 'moz-firefox',
    executablePath: FIREFOX_SHIM,
    firefoxUserPrefs: { 'ui.prefersReducedMotion': reducedMotion ? 1 : 0 },
  });
  return playwrightEngine(browser, 'Firefox', reducedMotion);
}
