// Journey: someone reads the talk with the browser zoomed to 200 % (WCAG 1.4.4). On a 1280×720 screen
// that is a 640×360 window of CSS pixels drawn at two device pixels each.
import { expect, type Page } from '@playwright/test';
import { test } from './broken-deck.ts';
import { addStyle, openDeck, overflowingParts } from './deck.ts';
import { slideSources } from './slide-sources.ts';
import { walkSlides } from './slide-walk.ts';
import type { DeckView } from './views.ts';

const ZOOMED = { viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 };
/** The slide's scale on the same screen at 100 %: 1280×720 slides in a 1280×720 window, less reveal's margin. */
const SCALE_AT_100 = 0.96;

const VIEWS: DeckView[] = [
  { name: 'slide show at 200 %', path: './', use: ZOOMED },
  { name: 'reading view at 200 %', path: './?view=scroll', use: ZOOMED },
];

/** Per slide: parts cut off, sideways scrolling, and text drawn smaller than at 100 %. */
async function zoomProblems(page: Page, sources: Map<string, string>): Promise<string[]> {
  const problems: string[] = [];
  await walkSlides(page, async ({ index, id }) => {
    const where = `${sources.get(id)} (#/${id})`;
    for (const part of await overflowingParts(page, index)) problems.push(`${where}: cut off: ${part}`);
    const shown = await page.evaluate(() => ({
      sideways: document.documentElement.scrollWidth > window.innerWidth,
      scale: Number(getComputedStyle(document.querySelector('.reveal-viewport') as Element).getPropertyValue('--slide-scale')) * window.devicePixelRatio,
    }));
    if (shown.sideways) problems.push(`${where}: the page scrolls sideways`);
    if (shown.scale < SCALE_AT_100) problems.push(`${where}: text drawn at ${shown.scale} of its size, smaller than at 100 % (${SCALE_AT_100})`);
  });
  return problems;
}

/** Text of the current slide that a fixed button (the view switch, reveal's arrows) covers. */
async function coveredText(page: Page, index: number): Promise<string[]> {
  return page.evaluate((index) => {
    const slide = window.Reveal.getSlides()[index];
    const buttons = [...document.querySelectorAll<HTMLElement>('.view-switch, .reveal .controls button.enabled')].filter((button) => button.checkVisibility());
    const covered: string[] = [];
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('.notes, .visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = [...range.getClientRects()];
      for (const button of buttons) {
        const b = button.getBoundingClientRect();
        if (lines.some((r) => r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top)) covered.push(`"${node.textContent.trim().slice(0, 40)}" under ${button.className || button.tagName}`);
      }
    }
    return covered;
  }, index);
}

for (const view of VIEWS) {
  test.describe(view.name, () => {
    test.use(view.use);

    test('every slide is whole, without sideways scrolling, its text at least as large as at 100 %', async ({ page }) => {
      await openDeck(page, view.path);
      expect(await zoomProblems(page, slideSources())).toEqual([]);
    });
  });
}

test.describe('slide show at 200 %, fixed buttons', () => {
  test.use(ZOOMED);

  test('no button covers a slide’s text', async ({ page }) => {
    await openDeck(page);
    const covered: string[] = [];
    await walkSlides(page, async ({ index, id }) => {
      for (const text of await coveredText(page, index)) covered.push(`#/${id}: ${text}`);
    });
    expect(covered).toEqual([]);
  });

  test('the view switch put back at the bottom left is found covering the last line of a list', async ({ page }) => {
    await openDeck(page, './#/kort-om-mig');
    await addStyle(page, '.view-switch { top: auto !important; right: auto !important; bottom: 12px !important; left: 12px !important; }');
    const index = await page.evaluate(() => window.Reveal.getIndices().h);
    expect(await coveredText(page, index)).toEqual(['"Utvärdering av digitaliseringsprojekt ER" under view-switch']);
  });
});

test.describe('deliberately broken slides at 200 %', () => {
  test.use(ZOOMED);

  test('a slide cut off when zoomed is named by file and line', async ({ page, brokenDeck }) => {
    await openDeck(page, brokenDeck.url);
    const problems = await zoomProblems(page, brokenDeck.sources);
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/a11y\/slides\/01-trasigt\.md:1 \(#\/for-mycket-text\): cut off: /));
  });
});
