// One cold load of a deck in a fresh browser context: when the first slide paints (FCP, LCP) and
// when it stands in its own font, what moved (layout shift), how long the main thread was blocked,
// and what was fetched, plainly or on the slow profile, in a computer's window or a phone's.
import type { Browser, Page } from '@playwright/test';
import { recordNetwork, sumBytes, throttle, type Fetch } from './network.ts';

export interface LoadFigures {
  fcpMs: number;
  lcpMs: number;
  /** When the page's web fonts were in (every face it asked for loaded), ms after navigation. */
  fontsReadyMs: number;
  /** The first slide complete in its own font: its largest paint, or the fonts' arrival if later. */
  ownFontMs: number;
  /** Cumulative layout shift until the deck is ready and quiet. */
  layoutShift: number;
  /** Total blocking time: each long task after the first paint, less 50 ms, summed (as Lighthouse counts). */
  blockingMs: number;
  /** Requests finished by the first contentful paint, and their bytes. */
  requestsBeforePaint: number;
  bytesBeforePaint: number;
  /** Everything fetched until the deck is ready and the network quiet: the first load. */
  requests: number;
  bytes: number;
  /** JavaScript the page fetched by the time the deck is ready (bytes on the wire). */
  scriptBytes: number;
  /** When the deck was ready (reveal's `ready`; for a page without reveal.js, its load event), ms after navigation. */
  readyMs: number;
}

export const VIEWPORT = { width: 1280, height: 720 };
/** Lighthouse's phone: a Moto G Power's window. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

export type LoadProfile = 'plain' | 'throttled' | 'phone';

/**
 * A page to load, and when it is ready: a deck when it marks itself ready (reveal.js, and the
 * reading view without it, add the class "ready" and fire "ready"), a page of another kind at its load event.
 */
export interface LoadTarget {
  url: string;
  ready: 'deck' | 'load';
}

// Strings, not functions: tsx would wrap named inner functions in a helper the page lacks.
const RECORD = `(() => {
  const record = { longTasks: [], shift: 0, fontsReadyAt: NaN, readyAt: NaN };
  window.__load = record;
  new PerformanceObserver((list) => { for (const task of list.getEntries()) record.longTasks.push([task.startTime, task.duration]); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const shift of list.getEntries()) if (!shift.hadRecentInput) record.shift += shift.value; }).observe({ type: 'layout-shift', buffered: true });
  // reveal.js (and the reading view) announce they are ready with a bubbling 'ready' event on the deck.
  document.addEventListener('ready', () => { record.readyAt = performance.now(); }, true);
  // The web fonts are in at the first frame after the first paint where none is loading and one has loaded.
  const watch = () => {
    const painted = performance.getEntriesByName('first-contentful-paint').length > 0;
    const faces = [...document.fonts];
    if (painted && document.fonts.status === 'loaded' && faces.some((face) => face.status === 'loaded')) record.fontsReadyAt = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})()`;

const READ = `(async () => {
  const lcp = await new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => { observer.disconnect(); resolve(list.getEntries().at(-1)); });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    // No entry at all: the observer would never call back.
    setTimeout(() => resolve(undefined), 1000);
  });
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const record = window.__load;
  const loadEnd = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN;
  return { fcpMs: fcp ? fcp.startTime : NaN, lcpMs: lcp ? lcp.startTime : NaN, fontsReadyMs: record.fontsReadyAt, shift: record.shift, longTasks: record.longTasks, readyMs: Number.isNaN(record.readyAt) ? loadEnd : record.readyAt, timeOrigin: performance.timeOrigin };
})()`;

export async function measureLoad(browser: Browser, target: LoadTarget, profile: LoadProfile): Promise<LoadFigures> {
  const context = await browser.newContext(profile === 'phone' ? PHONE : { viewport: VIEWPORT });
  try {
    await context.addInitScript(RECORD);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const network = await recordNetwork(cdp);
    if (profile !== 'plain') await throttle(cdp);
    await page.goto(target.url, { waitUntil: 'load', timeout: 120_000 });
    await waitUntilReady(page, target.ready);
    const read = (await page.evaluate(READ)) as { fcpMs: number; lcpMs: number; fontsReadyMs: number; shift: number; longTasks: [number, number][]; readyMs: number; timeOrigin: number };
    network.anchor(read.timeOrigin);
    const fetches = network.fetches.filter((fetch) => fetch.finishedAt !== undefined);
    const beforePaint = fetches.filter((fetch) => (fetch.finishedAt as number) <= read.fcpMs);
    return {
      fcpMs: read.fcpMs,
      lcpMs: read.lcpMs,
      fontsReadyMs: read.fontsReadyMs,
      ownFontMs: Math.max(read.lcpMs, read.fontsReadyMs),
      layoutShift: read.shift,
      blockingMs: read.longTasks.filter(([start]) => start >= read.fcpMs).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      requestsBeforePaint: beforePaint.length,
      bytesBeforePaint: sumBytes(beforePaint),
      requests: fetches.length,
      bytes: sumBytes(fetches),
      scriptBytes: sumBytes(fetches.filter((fetch: Fetch) => fetch.type === 'Script')),
      readyMs: read.readyMs,
    };
  } finally {
    await context.close();
  }
}

/** The deck is ready and the network has gone quiet, so the largest paint is final. */
export async function waitUntilReady(page: Page, ready: LoadTarget['ready']): Promise<void> {
  // A function, not a string: the page's policy forbids evaluating strings.
  await page.waitForFunction((kind) => (kind === 'deck' ? document.querySelector('.reveal.ready') !== null : document.readyState === 'complete'), ready, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
}

/** The deck is ready and the network has gone quiet. */
export async function waitForDeck(page: Page): Promise<void> {
  await waitUntilReady(page, 'deck');
}
