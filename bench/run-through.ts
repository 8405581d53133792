// A run-through of the whole deck, slide by slide: the bytes it costs, and when each picture
// is fetched compared with when its slide comes up.
import type { Browser, Page } from '@playwright/test';
import { VIEWPORT, waitForDeck } from './page-load.ts';
import { isPicture, recordNetwork, sumBytes, type NetworkLog } from './network.ts';

export interface PictureFetch {
  /** The file name, e.g. sverige-ligger-efter.svg. */
  file: string;
  /** ms after navigation. */
  sentAt: number;
  /** The slide shown when it was fetched (1-based), and the first slide that shows it. */
  onSlide: number;
  forSlide: number;
}

export interface RunThroughFigures {
  slides: number;
  bytes: number;
  /** Bytes fetched by the time the page is ready and quiet on its first slide. */
  bytesAtStart: number;
  pictures: PictureFetch[];
}

export async function runThrough(browser: Browser, url: string): Promise<RunThroughFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const network = await recordNetwork(await context.newCDPSession(page));
    const shown: { slide: number; from: number }[] = [{ slide: 1, from: 0 }];
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await waitForDeck(page);
    network.anchor(await page.evaluate(() => performance.timeOrigin));
    const bytesAtStart = sumBytes(network.fetches);
    const slides = await page.evaluate(() => window.Reveal.getTotalSlides());
    for (let index = 1; index < slides; index++) {
      shown.push({ slide: index + 1, from: await page.evaluate(() => performance.now()) });
      await page.evaluate((to) => window.Reveal.slide(to), index);
      await settle(page, network);
    }
    const pictureSlides = await picturesBySlide(page);
    const pictures = network.fetches.filter(isPicture).map((fetch) => {
      const file = decodeURIComponent(new URL(fetch.url).pathname.split('/').at(-1) ?? '');
      const onSlide = shown.filter((step) => step.from <= fetch.sentAt).at(-1)?.slide ?? 1;
      return { file, sentAt: fetch.sentAt, onSlide, forSlide: slideOfPicture(pictureSlides, file) };
    });
    return { slides, bytes: sumBytes(network.fetches), bytesAtStart, pictures: pictures.sort((a, b) => a.sentAt - b.sentAt) };
  } finally {
    await context.close();
  }
}

/** A photo's built versions are named after it: foto.jpg → foto-<hash>-1280-<hash>.avif. */
function slideOfPicture(pictureSlides: Map<string, number>, file: string): number {
  const exact = pictureSlides.get(file);
  if (exact) return exact;
  const original = [...pictureSlides.keys()].find((name) => file.startsWith(`${name.replace(/\.\w+$/, '')}-`));
  return original ? (pictureSlides.get(original) as number) : 0;
}

/** Until the slide's fetches are done and two frames are painted. */
async function settle(page: Page, network: NetworkLog): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // Bounded, so a request that never ends cannot hang the benchmark.
  const deadline = performance.now() + 10_000;
  while (network.pending() > 0 && performance.now() < deadline) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/** Each picture file's first slide (1-based), from the slides' backgrounds and images. */
async function picturesBySlide(page: Page): Promise<Map<string, number>> {
  const entries = await page.evaluate(() =>
    window.Reveal.getSlides().flatMap((slide, index) => {
      const urls = [slide.dataset.backgroundImage ?? '', ...[...slide.querySelectorAll('img')].map((image) => image.currentSrc || image.src)];
      return urls.filter(Boolean).map((url) => [decodeURIComponent(url.split('/').at(-1) ?? ''), index + 1] as const);
    }),
  );
  const map = new Map<string, number>();
  for (const [file, slide] of entries) if (!map.has(file)) map.set(file, slide);
  return map;
}
