// A picture of each slide as it is on screen: the presentation view without margin, controls or
// motion, every fragment shown, fonts and pictures loaded, at the page's scale times the slide's pixels.
import type { Slide } from '../deck/index.ts';
import type { Page } from './cdp-page.ts';
import { ExportError } from './errors.ts';

/** reveal's own URL options (read from the query): the slide fills the window, nothing over it, no motion. */
const UNSCALED = '?margin=0&controls=false&progress=false&transition=none&backgroundTransition=none';

/** "01-den-regionala-digitaliseringen.png": the number keeps the files in slide order. */
export function pngName(slide: Slide, index: number, count: number): string {
  return `${String(index + 1).padStart(Math.max(2, String(count).length), '0')}-${slide.id}.png`;
}

export async function screenshotSlides(page: Page, siteUrl: string, slides: Slide[], save: (index: number, png: Buffer) => void): Promise<void> {
  await page.goto(new URL(UNSCALED, siteUrl).href);
  if (!(await page.evaluate(whenStarted, 60_000))) {
    throw new ExportError('print-view-failed', `reveal.js did not start within 60 s${page.errors.length ? `: ${page.errors.join('; ')}` : ''}`, 'open the site in the browser and look for errors in its console');
  }
  for (const index of slides.keys()) {
    const broken = await page.evaluate(showSlide, index);
    if (broken) throw new ExportError('print-view-failed', `The picture of slide ${index + 1} (#/${slides[index].id}) could not be read: ${broken}`, 'check the files in public/images/ and build again with `npm run build`');
    save(index, await page.screenshot());
  }
}

/** In the page: wait (up to `timeout` ms) until reveal.js is ready and the fonts are in. */
async function whenStarted(timeout: number): Promise<boolean> {
  const started = performance.now();
  while (!window.Reveal?.isReady()) {
    if (performance.now() - started > timeout) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await document.fonts.ready;
  return true;
}

/** In the page: show slide `index` with every fragment, wait for its background picture and a painted frame; the URL of a picture that fails. */
async function showSlide(index: number): Promise<string | null> {
  const deck = window.Reveal;
  deck.slide(index);
  while (deck.availableFragments().next) deck.nextFragment();
  const background = deck.getSlideBackground(index)?.querySelector<HTMLElement>('.slide-background-content');
  const url = background && /url\("([^"]+)"\)/.exec(getComputedStyle(background).backgroundImage)?.[1];
  let broken: string | null = null;
  if (url) {
    const picture = new Image();
    picture.src = url;
    broken = await picture.decode().then(() => null, () => url);
  }
  // A fragment fades in even when motion is reduced: wait for every transition to end, then a painted frame.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return broken;
}
