// Journey: on every photo slide the white text stays readable against every pixel of its box, as
// rendered over the real picture (axe cannot judge text over a picture).
import { expect, type Page } from '@playwright/test';
import { test } from './broken-deck.ts';
import { addStyle, openDeck } from './deck.ts';
import { measureBoxContrast } from './photo-contrast.ts';
import { slideSources } from './slide-sources.ts';
import { showSlide } from './slide-walk.ts';
import { PHONE, PRESENTING } from './views.ts';

/** "slides/x.md:57 (#/id): 7.9:1, needs 3:1" for every overlay slide. */
async function overlayContrasts(page: Page): Promise<{ line: string; pass: boolean }[]> {
  const sources = slideSources();
  const overlays = await page.evaluate(() => window.Reveal.getSlides().flatMap((slide, index) => (slide.classList.contains('layout-overlay') ? [{ index, id: slide.id }] : [])));
  expect(overlays.length).toBeGreaterThan(0);
  const results = [];
  for (const { index, id } of overlays) {
    await showSlide(page, index);
    const { worst, needed, pixels } = await measureBoxContrast(page, index);
    expect(pixels, `pixels measured on #/${id}`).toBeGreaterThan(1000);
    results.push({ line: `${sources.get(id)} (#/${id}): ${worst}:1, needs ${needed}:1`, pass: worst >= needed });
  }
  return results;
}

for (const view of [PRESENTING, PHONE]) {
  test.describe(view.name, () => {
    test.use(view.use);

    test('every photo slide keeps its text above the contrast WCAG asks for, over every pixel of its box', async ({ page }) => {
      await openDeck(page, view.path);
      const results = await overlayContrasts(page);
      console.log(`${view.name}:\n${results.map((result) => `  ${result.line}`).join('\n')}`);
      expect(results.filter((result) => !result.pass).map((result) => result.line)).toEqual([]);
    });
  });
}

test.describe('a deliberately broken box', () => {
  test.use(PRESENTING.use);

  test('a box made too transparent fails over a light picture', async ({ page }) => {
    await openDeck(page);
    await addStyle(page, ':root { --deck-panel: rgb(10 61 145 / 0.3); }');
    const failing = (await overlayContrasts(page)).filter((result) => !result.pass).map((result) => result.line);
    expect(failing).toContainEqual(expect.stringMatching(/^tests\/fixtures\/talk\/slides\/03-hur-lyckas-vi\.md:\d+ \(#\/kulturen-kring-forandring\): [12]\.\d+:1, needs 3:1$/));
  });
});
