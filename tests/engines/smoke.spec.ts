// Journey, in every engine (Chromium runs the whole suite; Firefox and WebKit this walk): the talk
// as the audience opens it: every slide drawn, the phone's reading view, the first paint, the
// one-file deck and the presenter view in step with it.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import type { DeckPage } from './deck-page.ts';
import { expect, test } from './fixtures.ts';
import { MAX_OVERVIEW_ZOOM } from '../../src/layouts/index-overview.ts';
import { CONTENT_WIDTH, SLIDE_PADDING } from '../../src/theme/tokens.ts';
import { brokenPictures, followUpInView, isReady, isStill, loadedFontWeights, overviewZoom, painted, scrollToSlide, shownSlideLayout, slideInMiddleIs, slideText, stepBoxes } from './page-checks.ts';
import { decodePng, type Pixels } from '../png.ts';
import { changedIn, inkIn, type Box } from './pixels.ts';
import { WITHOUT_SCRIPT } from './site.ts';

const ONE_FILE = pathToFileURL(resolve('dist-offline', SINGLE_FILE_NAME)).href;

async function open(deck: DeckPage, url: string): Promise<void> {
  await deck.goto(url);
  await deck.waitFor(isReady);
}

/**
 * Show slide index with none of its steps, still and painted, and take a picture of the window.
 * A slide with steps comes in with the deck's own transition (WebKit failed to draw a step that
 * fades in after it); the others at once, which halves what the walk costs in WebKit.
 */
async function showSlide(deck: DeckPage, index: number, transition: string) {
  await deck.evaluate(({ target, transition }) => {
    const deck = window.Reveal;
    const hasSteps = deck.getSlides()[target].querySelector('.fragment') !== null;
    deck.configure({ transition: hasSteps ? transition : 'none', backgroundTransition: hasSteps ? transition : 'none' } as never);
    deck.slide(target, 0, -1);
  }, { target: index, transition });
  await deck.waitFor(isStill, index);
  await deck.evaluate(painted);
  return deck.screenshot();
}

/** Each text box of the slide has something drawn in it. */
function undrawnText(picture: Pixels, boxes: Box[]): Box[] {
  return boxes.filter((box) => inkIn(picture, box) === 0);
}

test('every slide: text drawn inside the slide, pictures and fonts loaded, each step drawn when it appears', async ({ deck, site }) => {
  test.setTimeout(120_000);
  await open(deck, site);
  const transition = await deck.evaluate(() => window.Reveal.getConfig().transition ?? 'slide');
  await deck.press('ArrowRight');
  await deck.waitFor(() => window.Reveal.getIndices().h === 1);
  const total = await deck.evaluate(() => window.Reveal.getTotalSlides());
  expect(total).toBe(26);
  for (let index = 0; index < total; index++) {
    let png = await showSlide(deck, index, transition);
    let picture = await decodePng(png);
    for (const [step, box] of (await deck.evaluate(stepBoxes, index)).entries()) {
      await deck.evaluate(() => window.Reveal.nextFragment());
      await deck.waitFor((target) => window.Reveal.getCurrentSlide().querySelectorAll('.fragment.visible').length > target, step);
      await deck.waitFor(isStill, index);
      await deck.evaluate(painted);
      png = await deck.screenshot();
      const after = await decodePng(png);
      // Drawn: the step's place changed, by at least a hundredth of its box (its text's strokes).
      expect(changedIn(picture, after, box), `slide ${index + 1}, step ${step + 1}: pixels that changed where it appears`).toBeGreaterThan((box.width * box.height) / 100);
      picture = after;
    }
    const { boxes, problems } = await deck.evaluate(slideText, index);
    expect(problems, `slide ${index + 1}`).toEqual([]);
    const undrawn = undrawnText(picture, boxes);
    if (undrawn.length > 0) await test.info().attach(`slide-${index + 1}`, { body: png, contentType: 'image/png' });
    expect(undrawn, `slide ${index + 1}: text with nothing drawn`).toEqual([]);
    await expect.poll(() => deck.evaluate(brokenPictures, index), `slide ${index + 1}: pictures`).toEqual([]);
  }
  expect(await deck.evaluate(loadedFontWeights)).toEqual(['400', '700']);
});

test('the reading view: on a phone every slide fits its page, the question\'s second line shows, also after a link, and links and arrows go from slide to slide; on a computer the overview grows', async ({ deck, site }) => {
  await deck.setViewport(390, 844);
  await open(deck, site);
  expect(await deck.evaluate(() => [document.querySelectorAll('.reveal-scroll .scroll-page section').length, document.documentElement.scrollWidth <= window.innerWidth, typeof window.Reveal])).toEqual([26, true, 'undefined']);
  const total = 26;
  for (let index = 0; index < total; index++) {
    await deck.evaluate(scrollToSlide, index);
    expect((await deck.evaluate(slideText, index)).problems, `slide ${index + 1}`).toEqual([]);
  }
  // A link to a slide in the text goes to its page, and the side arrows step on from there.
  await deck.evaluate(() => (document.querySelector('a[href="#/var-star-vi"]') as HTMLElement).click());
  await deck.waitFor(slideInMiddleIs, 'var-star-vi');
  await deck.press('ArrowRight');
  await deck.waitFor(slideInMiddleIs, 'sverige-ligger-efter');
  const question = await deck.evaluate(() => document.querySelector('.question__follow-up')?.closest('section')?.id ?? '');
  await deck.goto(`${site}#/${question}`);
  await deck.waitFor(isReady);
  await deck.waitFor(followUpInView);
  await deck.evaluate(painted);
  const line = (await deck.evaluate(followUpInView)) as Box;
  expect(inkIn(await decodePng(await deck.screenshot()), line), 'the second line, drawn').toBeGreaterThan((line.width * line.height) / 100);

  await deck.setViewport(1920, 1080);
  await open(deck, `${site}?view=scroll`);
  const { zoom, slideWidth } = await deck.evaluate(overviewZoom);
  expect(zoom).toBeCloseTo(Math.min(Math.max((slideWidth - 2 * SLIDE_PADDING) / CONTENT_WIDTH, 1), MAX_OVERVIEW_ZOOM), 2);
});

test('the first paint, before the script arrives, stands where reveal.js then shows the slide, in windows of several shapes', async ({ deck, site }) => {
  for (const [width, height] of [[1280, 720], [1920, 1080], [1024, 768], [390, 844]]) {
    await deck.setViewport(width, height);
    await deck.goto(`${site}?${WITHOUT_SCRIPT}`);
    await deck.evaluate(() => document.fonts.ready.then(() => true));
    const before = await deck.evaluate(shownSlideLayout);
    // The tab remembers the talk's slide (saved-state.ts); this page starts at the first, as a new visitor's.
    await deck.evaluate(() => sessionStorage.clear());
    await open(deck, site);
    await deck.evaluate(() => document.fonts.ready.then(() => true));
    const after = await deck.evaluate(shownSlideLayout);
    expect(before.length, `${width}×${height}: parts painted first`).toBeGreaterThan(3);
    expect(movedParts(before, after), `${width}×${height}: parts that moved`).toEqual([]);
  }
});

/** The parts of a layout that stand elsewhere in the other, by more than a pixel. */
function movedParts(before: string[], after: string[]): string[] {
  const numbers = (part: string) => part.split(' ').slice(1).map(Number);
  return before.flatMap((part, index) => {
    const other = after[index] ?? '';
    const same = other.split(' ')[0] === part.split(' ')[0] && numbers(part).every((value, i) => Math.abs(value - numbers(other)[i]) <= 1);
    return same ? [] : [`${part} → ${other || 'gone'}`];
  }).concat(after.length > before.length ? [`${after.length - before.length} parts more`] : []);
}

test('the one-file deck from file://: every picture inlined and loaded, and the presenter view in step with it both ways', async ({ deck, engine }) => {
  await open(deck, ONE_FILE);
  const total = await deck.evaluate(() => window.Reveal.getTotalSlides());
  expect(total).toBe(26);
  for (let index = 0; index < total; index++) {
    await deck.evaluate((target) => window.Reveal.slide(target), index);
    expect(await deck.evaluate(brokenPictures, index), `slide ${index + 1}: pictures`).toEqual([]);
  }
  await deck.evaluate(() => window.Reveal.slide(2));
  const presenter = await engine.waitForNewPage(() => deck.press('s'));
  await presenter.waitFor(isReady);
  await presenter.waitFor(() => window.Reveal.getIndices().h === 2);
  await deck.evaluate(() => window.Reveal.slide(5));
  await presenter.waitFor(() => window.Reveal.getIndices().h === 5, undefined, 5_000);
  await presenter.evaluate(() => window.Reveal.slide(8));
  await deck.waitFor(() => window.Reveal.getIndices().h === 8, undefined, 5_000);
  await presenter.close();
});
