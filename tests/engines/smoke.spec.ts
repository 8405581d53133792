// Journey, in every engine (Chromium runs the whole suite; Firefox and WebKit this walk): the talk
// as the audience opens it: every slide drawn, the phone's reading view, the first paint, the
// one-file deck and the presenter view in step with it.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import type { DeckPage } from './deck-page.ts';
import { expect, test } from './fixtures.ts';
import { brokenPictures, isReady, isStill, loadedFontWeights, painted, shownSlideLayout, slideText, stepBoxes } from './page-checks.ts';
import { changedIn, inkIn, readPicture, type Box } from './pixels.ts';
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
function undrawnText(picture: ReturnType<typeof readPicture>, boxes: Box[]): Box[] {
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
    let picture = readPicture(png);
    for (const [step, box] of (await deck.evaluate(stepBoxes, index)).entries()) {
      await deck.evaluate(() => window.Reveal.nextFragment());
      await deck.waitFor((target) => window.Reveal.getCurrentSlide().querySelectorAll('.fragment.visible').length > target, step);
      await deck.waitFor(isStill, index);
      await deck.evaluate(painted);
      png = await deck.screenshot();
      const after = readPicture(png);
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
