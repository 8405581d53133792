// Journey: every slide's content fits its box, at presentation size and in a phone's reading view;
// a failure names the slide's file and line.
import { expect, type Page } from '@playwright/test';
import { test } from './broken-deck.ts';
import { openDeck, overflowingParts, wordsSplitAcrossLines } from './deck.ts';
import { slideSources } from './slide-sources.ts';
import { walkSlides } from './slide-walk.ts';
import { PHONE, PRESENTING } from './views.ts';

/** "slides/x.md:12 (#/id): p.overlay__text" for each part of each slide that does not fit, or word broken to fit. */
async function partsThatDoNotFit(page: Page, sources: Map<string, string>): Promise<string[]> {
  const found: string[] = [];
  await walkSlides(page, async ({ index, id }) => {
    for (const part of await overflowingParts(page, index)) found.push(`${sources.get(id)} (#/${id}): ${part}`);
    for (const word of await wordsSplitAcrossLines(page, index)) found.push(`${sources.get(id)} (#/${id}): "${word}" broken across lines`);
  });
  return found;
}

/** The slides a list of failures names, each once. */
function slidesNamed(found: string[]): string[] {
  return [...new Set(found.map((line) => line.split(' ').slice(0, 2).join(' ')))];
}

for (const view of [PRESENTING, PHONE]) {
  test.describe(view.name, () => {
    test.use(view.use);

    test('every slide fits its box', async ({ page }) => {
      await openDeck(page, view.path);
      expect(await partsThatDoNotFit(page, slideSources())).toEqual([]);
    });
  });
}

test.describe('deliberately broken slides', () => {
  test.use(PRESENTING.use);

  test('too many points at presentation size are named by file and line', async ({ page, brokenDeck }) => {
    await openDeck(page, brokenDeck.url);
    const found = await partsThatDoNotFit(page, brokenDeck.sources);
    expect(slidesNamed(found)).toEqual(['tests/fixtures/a11y/slides/01-trasigt.md:1 (#/for-mycket-text):', 'tests/fixtures/a11y/slides/01-trasigt.md:18 (#/langa-ord):']);
  });
});

test.describe('deliberately broken slides on a phone', () => {
  test.use(PHONE.use);

  test('too many points, and a word too long for a phone, are named by file and line', async ({ page, brokenDeck }) => {
    await openDeck(page, brokenDeck.url);
    const found = await partsThatDoNotFit(page, brokenDeck.sources);
    expect(slidesNamed(found)).toEqual(['tests/fixtures/a11y/slides/01-trasigt.md:1 (#/for-mycket-text):', 'tests/fixtures/a11y/slides/01-trasigt.md:18 (#/langa-ord):']);
    expect(found).toContainEqual(expect.stringMatching(/#\/langa-ord\): li/));
  });
});
