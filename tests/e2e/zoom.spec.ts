// Journey: someone reads the talk with the browser zoomed to 200 % (WCAG 1.4.4). On a 1280×720 screen
// that is a 640×360 window of CSS pixels drawn at two device pixels each. The slide show scales its
// slides to the window, so its text only keeps its size; the reading view's text doubles.
import { expect, type Browser, type Page } from '@playwright/test';
import { test } from './broken-deck.ts';
import { addStyle, openDeck, overflowingParts, wordsSplitAcrossLines } from './deck.ts';
import { slideSources } from './slide-sources.ts';
import { showSlide, walkSlides } from './slide-walk.ts';
import type { DeckView } from './views.ts';

type Use = DeckView['use'];

/** A screen at 100 % and the same screen zoomed to 200 %. */
function screen(width: number, height: number): { at100: Use; at200: Use } {
  return { at100: { viewport: { width, height }, deviceScaleFactor: 1 }, at200: { viewport: { width: width / 2, height: height / 2 }, deviceScaleFactor: 2 } };
}

const LAPTOP = screen(1280, 720);
const DESKTOP = screen(1920, 1080);
const READING = './?view=scroll';

const VIEWS: DeckView[] = [
  { name: 'slide show at 200 %', path: './', use: LAPTOP.at200 },
  { name: 'reading view at 100 %', path: READING, use: LAPTOP.at100 },
  { name: 'reading view at 200 %', path: READING, use: LAPTOP.at200 },
  { name: 'reading view at 200 % on a 1920×1080 screen', path: READING, use: DESKTOP.at200 },
];

/** A line of body text whose size the checks compare: the first point of "Kort om mig". */
const SAMPLE_SLIDE = 'kort-om-mig';

/** How tall the sample text is drawn on the screen, in device pixels: its font size as the slide is scaled and zoomed. */
async function drawnTextSize(page: Page): Promise<number> {
  const index = await page.evaluate((id) => window.Reveal.getSlides().findIndex((slide) => slide.id === id), SAMPLE_SLIDE);
  await showSlide(page, index);
  return page.evaluate((id) => {
    const point = document.querySelector(`#${id} li`) as HTMLElement;
    const scale = point.getBoundingClientRect().height / point.offsetHeight;
    return Number.parseFloat(getComputedStyle(point).fontSize) * scale * window.devicePixelRatio;
  }, SAMPLE_SLIDE);
}

/** Per slide: parts cut off, words broken across lines, and sideways scrolling. */
async function zoomProblems(page: Page, sources: Map<string, string>): Promise<string[]> {
  const problems: string[] = [];
  await walkSlides(page, async ({ index, id }) => {
    const where = `${sources.get(id)} (#/${id})`;
    for (const part of await overflowingParts(page, index)) problems.push(`${where}: cut off: ${part}`);
    for (const word of await wordsSplitAcrossLines(page, index)) problems.push(`${where}: "${word}" broken across lines`);
    if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) problems.push(`${where}: the page scrolls sideways`);
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

    test('every slide is whole, without sideways scrolling', async ({ page }) => {
      await openDeck(page, view.path);
      expect(await zoomProblems(page, slideSources())).toEqual([]);
    });
  });
}

/** The sample text's drawn size in a view, on a fresh page with the given screen and zoom. */
async function drawnTextSizeIn(browser: Browser, path: string, use: Use): Promise<number> {
  const context = await browser.newContext(use);
  try {
    const page = await context.newPage();
    await openDeck(page, path);
    return await drawnTextSize(page);
  } finally {
    await context.close();
  }
}

test.describe('text size at 200 %', () => {
  for (const [name, { at100, at200 }] of [['1280×720', LAPTOP], ['1920×1080', DESKTOP]] as const) {
    test(`on a ${name} screen the reading view draws text twice as large as at 100 %`, async ({ browser }) => {
      const at100Size = await drawnTextSizeIn(browser, READING, at100);
      const at200Size = await drawnTextSizeIn(browser, READING, at200);
      // Reveal rounds its scale to hundredths: allow that much.
      expect(at200Size).toBeGreaterThanOrEqual(2 * at100Size * 0.99);
    });
  }

  test('the slide show keeps its text size, and shows the way to the reading view', async ({ browser }) => {
    const at100Size = await drawnTextSizeIn(browser, './', LAPTOP.at100);
    const context = await browser.newContext(LAPTOP.at200);
    const page = await context.newPage();
    await openDeck(page);
    expect(await drawnTextSize(page)).toBeGreaterThanOrEqual(at100Size * 0.99);
    await page.getByRole('button', { name: 'Visa som läsvy' }).click();
    await page.waitForFunction(() => window.Reveal?.isReady() && (window.Reveal as typeof window.Reveal & { isScrollView(): boolean }).isScrollView());
    // Twice the reading view's size at 100 %, and larger than the slide show's there.
    const readingAt100 = await drawnTextSizeIn(browser, READING, LAPTOP.at100);
    expect(await drawnTextSize(page)).toBeGreaterThanOrEqual(Math.max(2 * readingAt100 * 0.99, at100Size));
    await context.close();
  });

  test('a reading view that shrank its slides to the window, as the slide show does, is caught', async ({ browser }) => {
    const at100Size = await drawnTextSizeIn(browser, READING, LAPTOP.at100);
    const context = await browser.newContext(LAPTOP.at200);
    const page = await context.newPage();
    await openDeck(page, READING);
    await page.evaluate(() => window.Reveal.configure({ width: 1280, height: 720, minScale: 0.2 }));
    expect(await drawnTextSize(page)).toBeLessThan(2 * at100Size * 0.99);
    await context.close();
  });
});

test.describe('slide show at 200 %, fixed buttons', () => {
  test.use(LAPTOP.at200);

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
  test.use(LAPTOP.at200);

  test('a slide cut off when zoomed is named by file and line', async ({ page, brokenDeck }) => {
    await openDeck(page, brokenDeck.url);
    const problems = await zoomProblems(page, brokenDeck.sources);
    expect(problems).toContainEqual(expect.stringMatching(/^tests\/fixtures\/a11y\/slides\/01-trasigt\.md:1 \(#\/for-mycket-text\): cut off: /));
  });
});
