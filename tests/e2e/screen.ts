// The slides as on screen, unscaled (one slide px is one screenshot px), to compare printed pages with.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { decodePng, type Pixels } from '../png.ts';
import { openDeck, settle } from './deck.ts';

/** reveal's own URL options: no margin around the slide, no controls or progress bar over it, no motion. */
const UNSCALED = '?margin=0&controls=false&progress=false&transition=none&backgroundTransition=none';

export async function openUnscaledDeck(page: Page): Promise<void> {
  await openDeck(page, `./${UNSCALED}`);
}

/** Each slide's id and headings (h1–h3, a line break read as a space). */
export async function readSlideHeadings(page: Page): Promise<{ id: string; headings: string[] }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].map((slide) => ({
      id: slide.id,
      headings: [...slide.querySelectorAll('h1, h2, h3')].map((heading) => {
        const copy = heading.cloneNode(true) as HTMLElement;
        for (const lineBreak of copy.querySelectorAll('br')) lineBreak.replaceWith(' ');
        return copy.textContent ?? '';
      }),
    })),
  );
}

/** Show slide `index` (0-based) with every fragment shown and its picture decoded, and take a screenshot. */
export async function screenshotSlide(page: Page, index: number, png: string): Promise<Pixels> {
  return decodePng(await saveSlideScreenshot(page, index, png));
}

/** screenshotSlide's picture, saved and not decoded: for comparisons that read the file themselves. */
export async function saveSlideScreenshot(page: Page, index: number, png: string): Promise<Buffer> {
  await page.evaluate(async (slideIndex) => {
    const deck = window.Reveal;
    deck.slide(slideIndex);
    while (deck.availableFragments().next) deck.nextFragment();
    const background = deck.getSlideBackground(slideIndex)?.querySelector<HTMLElement>('.slide-background-content');
    const url = background && /url\("([^"]+)"\)/.exec(getComputedStyle(background).backgroundImage)?.[1];
    if (url) {
      const picture = new Image();
      picture.src = url;
      await picture.decode();
    }
  }, index);
  await settle(page);
  mkdirSync(dirname(png), { recursive: true });
  return page.screenshot({ path: png });
}
