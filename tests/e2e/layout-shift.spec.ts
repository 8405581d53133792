// Journey: the talk's link opened on a slow connection, in windows of every shape: the first slide
// paints from the HTML and does not move when the fonts, reveal.js and the reading view arrive.
import { expect, type Browser } from '@playwright/test';
import { test } from './site-variants.ts';

/** A slow mobile connection, so the page arrives in parts and the script well after the first paint. */
const SLOW = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/** Phones, tablets and computer windows, portrait and landscape, 320 to 2560 px wide; and links to a slide or a view. */
const WINDOWS = [
  { size: '320x568', path: './' },
  { size: '568x320', path: './' },
  { size: '1024x1366', path: './' },
  { size: '1350x940', path: './' },
  { size: '2560x1080', path: './' },
  { size: '390x844', path: './#/sverige-ligger-efter' },
  { size: '1280x720', path: './?view=scroll' },
];

/** The page's cumulative layout shift until reveal.js is ready and the fonts are in, with what moved. */
async function layoutShift(browser: Browser, baseURL: string, { size, path }: (typeof WINDOWS)[number]): Promise<string> {
  const [width, height] = size.split('x').map(Number);
  const phone = width < 600;
  const context = await browser.newContext({ viewport: { width, height }, isMobile: phone, hasTouch: phone });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { deckShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
        shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((source) => (source.node as Element | undefined)?.className ?? '?').join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Not until 'load': the scroll view's pictures may still be arriving over the slow line.
  await page.goto(new URL(path, baseURL).href, { waitUntil: 'commit' });
  // Polled by time, not by frame: ten pages at once may not all get frames.
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null, null, { timeout: 30_000, polling: 100 }).catch(async (error: Error) => {
    const state = await page.evaluate(() => `${document.documentElement.className} | ${typeof window.Reveal} | ${document.readyState}`);
    throw new Error(`${size} ${path}: reveal.js not ready (${state}): ${error.message}`);
  });
  await page.evaluate(() => document.fonts.ready);
  // Two frames more, so a shift in reveal's last layout is reported too.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shifts = await page.evaluate(() => (window as unknown as { deckShifts: string[] }).deckShifts);
  await context.close();
  const total = shifts.reduce((sum, shift) => sum + Number(shift.split(' ')[0]), 0);
  return `${size} ${path}: ${total.toFixed(3)}${shifts.length ? ` (${shifts.join('; ')})` : ''}`;
}

test('the first slide does not move while the page arrives, in windows of any shape', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  // One at a time: with several throttled pages at once, Chromium leaves some waiting for a connection.
  const results: string[] = [];
  for (const window of WINDOWS) results.push(await layoutShift(browser, baseURL as string, window));
  console.log(results.join('\n'));
  // Under 0.01 each: what Lighthouse and the Web Vitals call no shift worth a user's notice.
  expect(results.filter((result) => Number(/: ([\d.]+)/.exec(result)?.[1]) >= 0.01)).toEqual([]);
});
