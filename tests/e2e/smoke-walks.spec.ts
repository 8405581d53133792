// Journeys through the whole talk, one walk per view. Each slide is checked on the way for what must
// hold everywhere (whole in its box, no word broken to fit, WCAG 2.1 AA as axe-core sees it), and the
// walk as a whole meets no console error, no Content Security Policy violation and no other host.
import { expect } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { openDeck, playAnimationsFast, saveScreenshot, SCREENSHOT_DIR, settle } from './deck.ts';
import { expectCleanRun, watchPage } from './page-watch.ts';
import { nextSlide, openPresenterAtStart, slideIds, walkDeck } from './presenter.ts';
import { slidePlace, slideProblems } from './slide-checks.ts';
import { slideSources } from './slide-sources.ts';
import { problemsOnEverySlide } from './slide-walk.ts';
import { PHONE, PRESENTER, PRESENTING, READING, READING_AT_200, READING_AT_200_DESKTOP, SLIDE_SHOW_AT_200 } from './views.ts';
import { test } from './site-variants.ts';

// Each walk is long: let the two workers share them.
test.describe.configure({ mode: 'parallel' });

/** The presenter's preview of the next slide: the deck again, in a frame. */
const PREVIEW_FRAME = '.presenter__next iframe';

test.describe(PRESENTING.name, () => {
  test.use(PRESENTING.use);

  test('presents all 26 slides with the keyboard, each readable, whole and clean for axe, and shows the overview', async ({ page, baseURL }) => {
    test.slow();
    const watch = await watchPage(page);
    const sources = slideSources();
    await openDeck(page);
    await playAnimationsFast(page);
    const ids = await slideIds(page);
    expect(ids).toHaveLength(26);
    const problems: string[] = [];
    await walkDeck(page, async (index) => {
      const where = slidePlace(sources, ids[index]);
      await settle(page);
      await expect(page.locator('.reveal .slides > section.present').getByRole('heading').first(), `${where}: its heading`).toBeVisible();
      problems.push(...(await slideProblems(page, index, where, { fit: true, axe: true })));
      await saveScreenshot(page, `slide-${String(index + 1).padStart(2, '0')}-${ids[index]}`);
    });
    expect(problems).toEqual([]);

    await expect.poll(() => page.evaluate(() => window.Reveal.isLastSlide())).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.Reveal.isOverview())).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.Reveal.isOverview())).toBe(false);
    expectCleanRun(watch, baseURL!);
  });
});

test.describe(PRESENTER.name, () => {
  test.use(PRESENTER.use);

  test('the presenter view follows all 26 slides from the audience window, clean for axe, and steers it back', async ({ page, baseURL }) => {
    test.slow();
    const watch = await watchPage(page);
    const sources = slideSources();
    await openDeck(page);
    await playAnimationsFast(page);
    const { presenter, ids } = await openPresenterAtStart(page);
    await playAnimationsFast(presenter);
    const position = presenter.locator('.presenter__position');
    // The preview is the deck again, in a frame: checked with the presenter view once here, then left
    // out (each slide is checked where it is shown, and axe through the frame doubled each run).
    const problems = (await axeViolations(presenter)).map((violation) => `the presenter view with its preview: ${violation}`);

    await walkDeck(page, async (index) => {
      const where = `${slidePlace(sources, ids[index])} in the presenter view`;
      await expect(position, where).toHaveText(`Bild ${index + 1} / 26`);
      // The same slide, with the same steps shown.
      const shown = await page.evaluate(() => JSON.stringify(window.Reveal.getIndices()));
      await expect.poll(() => presenter.evaluate(() => JSON.stringify(window.Reveal.getIndices())), where).toBe(shown);
      await settle(presenter);
      problems.push(...(await slideProblems(presenter, index, where, { axe: { skipFrame: PREVIEW_FRAME } })));
    });
    expect(problems).toEqual([]);

    // Steered from either window.
    await page.keyboard.press('Home');
    await expect(position).toHaveText('Bild 1 / 26');
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText('Bild 2 / 26');
    await expect(nextSlide(presenter)).toHaveId(ids[2]);
    await presenter.keyboard.press('ArrowRight');
    await expect(page.locator(`section#${ids[2]}`)).toHaveClass(/present/);
    await settle(presenter);
    await presenter.screenshot({ path: `${SCREENSHOT_DIR}/csp-presenter-view.png` });

    // Audience and presenter windows together asked their own host only, and did ask it.
    expect(watch.requests.some((url) => url.endsWith('/images/sverige-ligger-efter.svg')), 'the pictures were recorded').toBe(true);
    // The fonts are inside the page (src/vite/fonts-plugin.ts): loaded, and never fetched.
    expect(watch.requests.filter((url) => url.endsWith('.woff2')), 'font requests').toEqual([]);
    expect(await page.evaluate(() => [...document.fonts].filter((face) => face.family === 'Inter' && face.status === 'loaded').length)).toBe(2);
    expectCleanRun(watch, baseURL!);
  });
});

test.describe(PHONE.name, () => {
  test.use(PHONE.use);

  test('reads all 26 slides in the scroll view, each whole and clean for axe, then switches to the slide show', async ({ page, baseURL }) => {
    test.slow();
    const watch = await watchPage(page);
    await openDeck(page, PHONE.path);
    await expect(page.locator('.reveal .scroll-page')).toHaveCount(26);
    expect(await problemsOnEverySlide(page, slideSources(), { fit: true, sideways: true, axe: { onlyThisPage: true } })).toEqual([]);
    // The link follows the reader: at the end it names the last slide.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/hor-garna-av-dig');

    await page.getByRole('button', { name: 'Visa som bildspel' }).click();
    await expect(page).toHaveURL(/\?view=slides/);
    await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
    expectCleanRun(watch, baseURL!);
  });
});

test.describe(READING.name, () => {
  test.use(READING.use);

  test('reads all 26 slides in the reading view, each whole, without sideways scrolling, and clean for axe', async ({ page, baseURL }) => {
    test.slow();
    const watch = await watchPage(page);
    await openDeck(page, READING.path);
    expect(await problemsOnEverySlide(page, slideSources(), { fit: true, sideways: true, axe: { onlyThisPage: true } })).toEqual([]);
    expectCleanRun(watch, baseURL!);
  });
});

// Zoomed to 200 % (WCAG 1.4.4): the slide show scales its slides to the window, so its text only
// keeps its size; the reading view's text doubles (zoom.spec.ts measures both).
test.describe(SLIDE_SHOW_AT_200.name, () => {
  test.use(SLIDE_SHOW_AT_200.use);

  test('shows all 26 slides whole, without sideways scrolling, and no fixed button covers their text', async ({ page, baseURL }) => {
    const watch = await watchPage(page);
    await openDeck(page, SLIDE_SHOW_AT_200.path);
    await playAnimationsFast(page);
    expect(await problemsOnEverySlide(page, slideSources(), { fit: true, sideways: true, covered: true })).toEqual([]);
    expectCleanRun(watch, baseURL!);
  });
});

for (const view of [READING_AT_200, READING_AT_200_DESKTOP]) {
  test.describe(view.name, () => {
    test.use(view.use);

    test('reads all 26 slides whole, without sideways scrolling', async ({ page, baseURL }) => {
      const watch = await watchPage(page);
      await openDeck(page, view.path);
      expect(await problemsOnEverySlide(page, slideSources(), { fit: true, sideways: true })).toEqual([]);
      expectCleanRun(watch, baseURL!);
    });
  });
}
