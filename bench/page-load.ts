// One cold load of a deck in a fresh browser context: when the first slide paints (FCP, LCP),
// and what was fetched until then, plainly or on the slow profile.
import type { Browser, Page } from '@playwright/test';
import { recordNetwork, sumBytes, throttle, type Fetch } from './network.ts';

export interface LoadFigures {
  fcpMs: number;
  lcpMs: number;
  /** Requests finished by the first contentful paint, and their bytes. */
  requestsBeforePaint: number;
  bytesBeforePaint: number;
  /** JavaScript the page fetched by the time the deck is ready (bytes on the wire). */
  scriptBytes: number;
  /** When the deck was ready (reveal's `ready`), ms after navigation. */
  readyMs: number;
}

export const VIEWPORT = { width: 1280, height: 720 };

export async function measureLoad(browser: Browser, url: string, throttled: boolean): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    // reveal.js announces it is ready with a bubbling `ready` event on its element.
    await context.addInitScript("document.addEventListener('ready', () => { window.__deckReadyAt ??= performance.now(); }, true)");
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const network = await recordNetwork(cdp);
    if (throttled) await throttle(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await waitForDeck(page);
    const paint = await readPaint(page);
    network.anchor(paint.timeOrigin);
    const fetches = network.fetches;
    const beforePaint = fetches.filter((fetch) => fetch.finishedAt !== undefined && fetch.finishedAt <= paint.fcpMs);
    return {
      fcpMs: paint.fcpMs,
      lcpMs: paint.lcpMs,
      requestsBeforePaint: beforePaint.length,
      bytesBeforePaint: sumBytes(beforePaint),
      scriptBytes: sumBytes(fetches.filter((fetch: Fetch) => fetch.type === 'Script')),
      readyMs: paint.readyMs,
    };
  } finally {
    await context.close();
  }
}

/** reveal.js is ready and the network has gone quiet, so the largest paint is final. */
export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => window.Reveal?.isReady?.(), undefined, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
}

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const READ_PAINT = `(async () => {
  const lcp = await new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => { observer.disconnect(); resolve(list.getEntries().at(-1)); });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    // No entry at all: the observer would never call back.
    setTimeout(() => resolve(undefined), 1000);
  });
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return { fcpMs: fcp ? fcp.startTime : NaN, lcpMs: lcp ? lcp.startTime : NaN, readyMs: window.__deckReadyAt ?? NaN, timeOrigin: performance.timeOrigin };
})()`;

async function readPaint(page: Page): Promise<{ fcpMs: number; lcpMs: number; readyMs: number; timeOrigin: number }> {
  return page.evaluate(READ_PAINT);
}
