// Journeys: the audience sees each photo slide: its picture loaded, the blue box and its alt text;
// and the box's white text stays readable against every pixel of the box, as rendered over the real
// picture (axe cannot judge text over a picture).
import { expect, type Page } from '@playwright/test';
import { addStyle, openDeck, playAnimationsFast } from './deck.ts';
import { measureBoxContrast } from './photo-contrast.ts';
import { slideSources } from './slide-sources.ts';
import { showSlide } from './slide-walk.ts';
import { PHONE, PRESENTING } from './views.ts';
import { test } from './site-variants.ts';

/** The talk's photo slides: their pictures and what their alt texts say. */
const PHOTOS = new Map([
  ['sverige-ligger-efter', { file: 'sverige-ligger-efter.svg', alt: /Mörkhårig man i blå kortärmad skjorta/ }],
  ['behovet-av-styrning-stod-och-ledarskap-fran', { file: 'styrning-och-stod.svg', alt: /smartur på vänster handled som visar 542/ }],
  ['men-vi-har-ocksa-manga-tillgangar', { file: 'manga-tillgangar.svg', alt: /glas, delvis fyllt med vatten/ }],
  ['men-mycket-hander-nu', { file: 'mycket-hander-nu.svg', alt: /kort rött hår och glasögon/ }],
  ['hur-lyckas-vi', { file: 'digital-omstallning.svg', alt: /lysande glödlampa/ }],
  ['kulturen-kring-forandring', { file: 'kulturen-kring-forandring.svg', alt: /whiteboardtavla/ }],
  ['lyft-fram-gransgangarna', { file: 'gransgangarna.svg', alt: /träyta med lodräta ådringar/ }],
]);

interface Contrast {
  line: string;
  pass: boolean;
}

/**
 * Show each photo slide (every slide laid out as one), run `visit` on it, and measure its box:
 * "slides/x.md:57 (#/id): 7.9:1, needs 3:1".
 */
async function walkPhotoSlides(page: Page, visit: (id: string) => Promise<void> = async () => {}): Promise<Contrast[]> {
  const sources = slideSources();
  const overlays = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].flatMap((slide, index) => (slide.classList.contains('layout-overlay') ? [{ index, id: slide.id }] : [])));
  expect(overlays.length).toBeGreaterThan(0);
  const results: Contrast[] = [];
  for (const { index, id } of overlays) {
    await showSlide(page, index);
    await visit(id);
    const { worst, needed, pixels } = await measureBoxContrast(page, index);
    expect(pixels, `pixels measured on #/${id}`).toBeGreaterThan(1000);
    results.push({ line: `${sources.get(id)} (#/${id}): ${worst}:1, needs ${needed}:1`, pass: worst >= needed });
  }
  return results;
}

/** The lines of the results below the contrast asked for. */
const failing = (results: Contrast[]) => results.filter((result) => !result.pass).map((result) => result.line);

test.describe(PRESENTING.name, () => {
  test.use(PRESENTING.use);

  test('each photo slide shows its picture, its box and its alt text, and the box keeps its text above the contrast WCAG asks for', async ({ page }) => {
    // Each picture as it arrives, by file name: its answer's status.
    const pictures = new Map<string, number>();
    page.on('response', (response) => {
      const file = /\/images\/([^/?#]+)$/.exec(response.url())?.[1];
      if (file) pictures.set(file, response.status());
    });
    await openDeck(page);
    await playAnimationsFast(page);
    const seen: string[] = [];
    const results = await walkPhotoSlides(page, async (id) => {
      const photo = PHOTOS.get(id);
      if (!photo) return;
      seen.push(id);
      await expect.poll(() => pictures.get(photo.file), `#/${id}: ${photo.file} fetched`).toBe(200);
      const slide = page.locator(`section#${id}`);
      await expect(slide).toHaveClass(/present/);
      // The picture is reveal's background for this slide, drawn from the file.
      const background = page.locator('.backgrounds .slide-background.present .slide-background-content');
      await expect(background, `#/${id}`).toHaveCSS('background-image', new RegExp(`images/${photo.file.replace('.', '\\.')}`));

      const panel = slide.locator('.overlay__panel');
      await expect(panel, `#/${id}`).toBeVisible();
      await expect(panel, `#/${id}`).toHaveCSS('color', 'rgb(255, 255, 255)');
      await expect(panel, `#/${id}`).toHaveCSS('background-color', 'rgba(10, 61, 145, 0.88)');
      // Rounded at every corner: 1.5rem (overlay.ts), which a square box (0px) would fail.
      await expect(panel, `#/${id}`).toHaveCSS('border-radius', '24px');
      await expect(slide.getByRole('img', { name: photo.alt }), `#/${id}`).toBeAttached();
      expect(await page.locator('.reveal').ariaSnapshot(), `#/${id}`).toMatch(photo.alt);
    });
    expect(seen, 'photo slides checked').toEqual([...PHOTOS.keys()]);
    console.log(`${PRESENTING.name}:\n${results.map((result) => `  ${result.line}`).join('\n')}`);
    expect(failing(results)).toEqual([]);
  });
});

test.describe(PHONE.name, () => {
  test.use(PHONE.use);

  test('every photo slide keeps its text above the contrast WCAG asks for, over every pixel of its box', async ({ page }) => {
    await openDeck(page, PHONE.path);
    const results = await walkPhotoSlides(page);
    console.log(`${PHONE.name}:\n${results.map((result) => `  ${result.line}`).join('\n')}`);
    expect(failing(results)).toEqual([]);
  });
});

test.describe('a deliberately broken box', () => {
  test.use(PRESENTING.use);

  test('a box made too transparent fails over a light picture', async ({ page }) => {
    await openDeck(page);
    await playAnimationsFast(page);
    await addStyle(page, ':root { --deck-panel: rgb(10 61 145 / 0.3); }');
    expect(failing(await walkPhotoSlides(page))).toContainEqual(expect.stringMatching(/^tests\/fixtures\/talk\/slides\/03-hur-lyckas-vi\.md:\d+ \(#\/kulturen-kring-forandring\): [12]\.\d+:1, needs 3:1$/));
  });
});
