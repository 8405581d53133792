// Slides made to fail (tests/fixtures/a11y/slides/), built once: each check that the walks make
// (smoke-walks.spec.ts) and that a screen reader's journey makes shows that it catches its own kind
// of fault, and names the slide by file and line.
import { expect } from '@playwright/test';
import { test } from './site-variants.ts';
import { openDeck } from './deck.ts';
import { headingOutline, outlineProblems, unnamedPictures } from './reading-order.ts';
import { problemsOnEverySlide } from './slide-walk.ts';
import { PHONE, PRESENTING, READING, SLIDE_SHOW_AT_200 } from './views.ts';

const BROKEN_FILE = 'tests/fixtures/a11y/slides/01-trasigt.md';

/** The slides a list of problems names ("file:line (#/id):"), each once. */
function slidesNamed(found: string[]): string[] {
  return [...new Set(found.map((line) => line.split(' ').slice(0, 2).join(' ')))];
}

test.describe(PRESENTING.name, () => {
  test.use(PRESENTING.use);

  test('axe reports a link without text, with its slide', async ({ page, brokenDeck }) => {
    await openDeck(page, brokenDeck.url);
    const found = await problemsOnEverySlide(page, brokenDeck.sources, { axe: true });
    expect(found).toEqual([expect.stringMatching(/^tests\/fixtures\/a11y\/slides\/01-trasigt\.md:24 \(#\/en-lank-utan-text\): link-name \(serious\)/)]);
  });

  test('too many points at presentation size are named by file and line', async ({ page, brokenDeck }) => {
    await openDeck(page, brokenDeck.url);
    const found = await problemsOnEverySlide(page, brokenDeck.sources, { fit: true });
    expect(slidesNamed(found)).toEqual([`${BROKEN_FILE}:1 (#/for-mycket-text):`, `${BROKEN_FILE}:18 (#/langa-ord):`]);
  });
});

test.describe(READING.name, () => {
  test.use(READING.use);

  test('axe, checking one page at a time, reports a link without text on its own slide only', async ({ page, brokenDeck }) => {
    await openDeck(page, `${brokenDeck.url}${READING.path.slice(2)}`);
    const found = await problemsOnEverySlide(page, brokenDeck.sources, { axe: { onlyThisPage: true } });
    expect(found).toEqual([expect.stringMatching(/^tests\/fixtures\/a11y\/slides\/01-trasigt\.md:24 \(#\/en-lank-utan-text\): link-name \(serious\)/)]);
  });
});

test.describe(PHONE.name, () => {
  test.use(PHONE.use);

  test('too many points, and a word too long for a phone, are named by file and line', async ({ page, brokenDeck }) => {
    await openDeck(page, brokenDeck.url);
    const found = await problemsOnEverySlide(page, brokenDeck.sources, { fit: true });
    expect(slidesNamed(found)).toEqual([`${BROKEN_FILE}:1 (#/for-mycket-text):`, `${BROKEN_FILE}:18 (#/langa-ord):`]);
    expect(found).toContainEqual(expect.stringMatching(/#\/langa-ord\): cut off: li/));
  });

  test('a skipped heading level, a missing h1 and an undescribed picture are found', async ({ page, brokenDeck }) => {
    await openDeck(page, brokenDeck.url);
    expect(outlineProblems(await headingOutline(page))).toEqual([
      'the first heading is not an h1: h2 För mycket text',
      'the page does not have exactly one h1',
      'skips a level: h2 En rubrik → h5 Tre nivåer längre ner',
    ]);
    // The loader refuses a picture without alt text, so the undescribed one is put in by hand.
    await page.locator('section#langa-ord').evaluate((slide) => slide.insertAdjacentHTML('beforeend', '<img src="./images/bild.svg">'));
    expect(await unnamedPictures(page)).toEqual(['langa-ord: <img class="">']);
  });
});

test.describe(SLIDE_SHOW_AT_200.name, () => {
  test.use(SLIDE_SHOW_AT_200.use);

  test('a slide cut off when zoomed is named by file and line', async ({ page, brokenDeck }) => {
    await openDeck(page, brokenDeck.url);
    const found = await problemsOnEverySlide(page, brokenDeck.sources, { fit: true, sideways: true, covered: true });
    expect(found).toContainEqual(expect.stringMatching(/^tests\/fixtures\/a11y\/slides\/01-trasigt\.md:1 \(#\/for-mycket-text\): cut off: /));
  });
});
