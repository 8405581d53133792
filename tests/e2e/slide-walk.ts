// Walk through every slide of an open deck on one page, each shown whole and still.
import { expect, type Page } from '@playwright/test';
import { settle } from './deck.ts';
import { slidePlace, slideProblems, type SlideChecks } from './slide-checks.ts';

interface ShownSlide {
  index: number;
  id: string;
}

/** Visit each slide in order: the page is shared, so a check runs on 26 slides without 26 page loads. */
async function walkSlides(page: Page, visit: (slide: ShownSlide) => Promise<void>): Promise<void> {
  const ids = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].map((slide) => slide.id));
  for (const [index, id] of ids.entries()) {
    await showSlide(page, index);
    await visit({ index, id });
  }
}

/** Go to a slide and wait until it is in view and no longer moving; while presenting, with all its steps shown. */
export async function showSlide(page: Page, index: number): Promise<void> {
  const scrolling = await page.evaluate((target) => {
    const slide = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')][target];
    // In the reading view (no reveal.js) a person scrolls to the slide: bring its page into view as
    // they would, then on, to the slide's content, where a page is taller than the window (zoomed in).
    const page = slide.closest('.scroll-page');
    if (page) {
      page.scrollIntoView({ block: 'start' });
      slide.scrollIntoView({ block: 'nearest' });
      return true;
    }
    const deck = window.Reveal;
    deck.slide(target);
    while (deck.availableFragments().next) deck.nextFragment();
    return false;
  }, index);
  if (!scrolling) {
    await expect.poll(() => page.evaluate(() => window.Reveal.getIndices().h)).toBe(index);
    await settle(page);
  }
  await expect(page.locator('.reveal .slides section').nth(index)).toBeInViewport();
}

/** Walk every slide of the open deck and gather what the checks find, slide by slide. */
export async function problemsOnEverySlide(page: Page, sources: Map<string, string>, checks: SlideChecks): Promise<string[]> {
  const problems: string[] = [];
  await walkSlides(page, async ({ index, id }) => {
    problems.push(...(await slideProblems(page, index, slidePlace(sources, id), checks)));
  });
  return problems;
}
