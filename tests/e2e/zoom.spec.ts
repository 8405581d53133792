// Journey: someone reads the talk with the browser zoomed to 200 % (WCAG 1.4.4). The slide show
// scales its slides to the window, so its text only keeps its size; the reading view's text doubles.
// (The walks in smoke-walks.spec.ts check every slide whole at 200 %.)
import { expect, type Browser, type Page } from '@playwright/test';
import { addStyle, openDeck } from './deck.ts';
import { coveredText } from './slide-checks.ts';
import { showSlide } from './slide-walk.ts';
import { DESKTOP, LAPTOP, type DeckView } from './views.ts';
import { test } from './site-variants.ts';

type Use = DeckView['use'];

const READING = './?view=scroll';

/** A line of body text whose size the checks compare: the first point of "Kort om mig". */
const SAMPLE_SLIDE = 'kort-om-mig';

/** How tall the sample text is drawn on the screen, in device pixels: its font size as the slide is scaled and zoomed. */
async function drawnTextSize(page: Page): Promise<number> {
  const index = await page.evaluate((id) => [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].findIndex((slide) => slide.id === id), SAMPLE_SLIDE);
  await showSlide(page, index);
  return page.evaluate((id) => {
    const point = document.querySelector(`#${id} li`) as HTMLElement;
    const scale = point.getBoundingClientRect().height / point.offsetHeight;
    return Number.parseFloat(getComputedStyle(point).fontSize) * scale * window.devicePixelRatio;
  }, SAMPLE_SLIDE);
}

/** Sizes already measured in this file's worker, by view and screen: each is one page load. */
const measured = new Map<string, Promise<number>>();

/** The sample text's drawn size in a view, on a fresh page with the given screen and zoom. */
function drawnTextSizeIn(browser: Browser, path: string, use: Use): Promise<number> {
  const key = JSON.stringify([path, use]);
  if (!measured.has(key)) measured.set(key, measureOnce(browser, path, use));
  return measured.get(key)!;
}

async function measureOnce(browser: Browser, path: string, use: Use): Promise<number> {
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
    await page.waitForFunction(() => document.querySelector('.reveal-scroll .reveal.ready') !== null);
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
    // The slide show's box and scale, fitted to the window (src/client/reading/reading-page.ts sets the reading view's).
    await page.evaluate(() => {
      const view = document.body.style;
      view.setProperty('--slide-width', '1280px');
      view.setProperty('--slide-scale', String(Math.min((innerWidth * 0.96) / 1280, (innerHeight * 0.96) / 720)));
    });
    expect(await drawnTextSize(page)).toBeLessThan(2 * at100Size * 0.99);
    await context.close();
  });
});

test.describe('reading view at 200 %', () => {
  test.use(LAPTOP.at200);

  test('a link, and the side arrows, show a slide taller than the window from its top', async ({ page }) => {
    const pageTop = (id: string) => page.locator('.scroll-page', { has: page.locator(`section#${id}`) }).evaluate((element) => element.getBoundingClientRect().top);
    await openDeck(page, `${READING}#/${SAMPLE_SLIDE}`);
    // Centred, the slide's heading and first points would be above the window.
    expect(await pageTop(SAMPLE_SLIDE)).toBeCloseTo(0, 0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pageTop('jag-tankte-prata-om-tre-saker')).toBeCloseTo(0, 0);
  });
});

test.describe('slide show at 200 %, fixed buttons', () => {
  test.use(LAPTOP.at200);

  test('the view switch put back at the bottom left is found covering the last line of a list', async ({ page }) => {
    await openDeck(page, './#/kort-om-mig');
    await addStyle(page, '.view-switch { top: auto !important; right: auto !important; bottom: 12px !important; left: 12px !important; }');
    const index = await page.evaluate(() => window.Reveal.getIndices().h);
    expect(await coveredText(page, index)).toEqual(['"Utvärdering av digitaliseringsprojekt ER" under view-switch']);
  });
});
