// Journey: the speaker swaps an illustration for a real photo (a JPEG in public/images), as a
// slide's background and in a slide's text; the audience gets it as AVIF in the size their screen
// needs, fetched only as its slide comes near.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ORANGE, TEXT_PHOTO_ALT, test, type PhotoSite } from './site-variants.ts';

const PHOTO_SLIDE = 'sverige-ligger-efter';
/** The slide the photo site adds at the end of the talk, with the photo in its text. */
const TEXT_PHOTO_SLIDE = 'ett-foto-i-texten';

test('the build makes AVIF and WebP versions of the photo, 1280 and 1920 px wide', async ({ photoSite: { outDir } }) => {
  const versions = readdirSync(join(outDir, 'assets')).filter((name) => name.startsWith('foto-'));
  const described = await Promise.all(versions.map(async (name) => `${(await sharp(join(outDir, 'assets', name)).metadata()).width} ${name.split('.').at(-1)}`));
  expect(described.sort()).toEqual(['1280 avif', '1280 webp', '1920 avif', '1920 webp']);
});

/** A 1× and a 2× laptop screen, and the photo width each should get. */
const SCREENS = [
  { screen: 'a 1280 px laptop screen', scale: 1, width: 1280 },
  { screen: 'a sharp (2×) screen', scale: 2, width: 1920 },
];

/** The deck opened and settled on a screen, with the names of the photo files it fetches, as it fetches them. */
async function openCountingPhotos(browser: Browser, site: PhotoSite, scale: number): Promise<{ context: BrowserContext; page: Page; photos: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: scale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const photos: string[] = [];
  page.on('request', (request) => {
    if (/\/(assets|images)\/foto/.test(request.url())) photos.push(request.url().split('/').at(-1) as string);
  });
  await page.goto(site.url);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  await page.waitForLoadState('networkidle');
  return { context, page, photos };
}

for (const { screen, scale, width } of SCREENS) {
  test(`on ${screen} the photo comes as a ${width} px AVIF once its slide is near, never the JPEG`, async ({ browser, photoSite }) => {
    const { context, page, photos } = await openCountingPhotos(browser, photoSite, scale);
    expect(photos, 'fetched on the first slide, five slides away').toEqual([]);

    await page.evaluate((id) => window.Reveal.slide(window.Reveal.getSlides().findIndex((slide) => slide.id === id)), PHOTO_SLIDE);
    await expect.poll(() => photos.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(photos).toEqual([expect.stringMatching(new RegExp(`^foto-\\w+-${width}-[\\w-]+\\.avif$`))]);
    // The box stands to the right; the photo shows on the left.
    await expect.poll(() => distanceFromOrange(page, 100, 360)).toBeLessThan(16);
    await context.close();
  });
}

test('a photo in the text is a <picture> of AVIF and WebP versions by width, with its alt text and size, waiting for its slide', async ({ page, photoSite }) => {
  await page.goto(photoSite.url);
  const picture = page.locator(`section#${TEXT_PHOTO_SLIDE} picture`);
  const sources = await picture.locator('source').evaluateAll((elements) => elements.map((source) => [source.getAttribute('type'), source.getAttribute('data-srcset'), source.getAttribute('sizes'), source.getAttribute('srcset')]));
  expect(sources).toEqual(
    ['avif', 'webp'].map((format) => [`image/${format}`, expect.stringMatching(new RegExp(`^\\./assets/foto-\\w+-1280-[\\w-]+\\.${format} 1280w, \\./assets/foto-\\w+-1920-[\\w-]+\\.${format} 1920w$`)), expect.stringContaining('vw'), null]),
  );
  const img = picture.locator('img');
  await expect(img).toHaveAttribute('alt', TEXT_PHOTO_ALT);
  await expect(img).toHaveAttribute('width', '2400');
  await expect(img).toHaveAttribute('height', '1350');
  await expect(img).toHaveAttribute('data-src', './images/foto.jpg');
  await expect(img).not.toHaveAttribute('src');
});

for (const { screen, scale, width } of SCREENS) {
  test(`on ${screen} the photo in the text comes as a ${width} px AVIF once its slide is near, never the JPEG`, async ({ browser, photoSite }) => {
    const { context, page, photos } = await openCountingPhotos(browser, photoSite, scale);
    expect(photos, 'fetched on the first slide, far from both photos').toEqual([]);

    // Two slides before it: near enough for reveal.js to load it, not yet shown.
    await page.evaluate((id) => window.Reveal.slide(window.Reveal.getSlides().findIndex((slide) => slide.id === id) - 2), TEXT_PHOTO_SLIDE);
    await expect.poll(() => photos.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(photos).toEqual([expect.stringMatching(new RegExp(`^foto-\\w+-${width}-[\\w-]+\\.avif$`))]);
    const img = page.locator(`section#${TEXT_PHOTO_SLIDE} picture img`);
    // Decoded (a width of its own) from the version the page asked for.
    await expect.poll(() => img.evaluate((element: HTMLImageElement) => `${element.complete && element.naturalWidth > 0} ${element.currentSrc.split('/').at(-1)}`)).toMatch(new RegExp(`^true foto-\\w+-${width}-[\\w-]+\\.avif$`));
    await context.close();
  });
}

test("the photo in the text holds its place before it arrives, and keeps the photo's shape", async ({ browser, photoSite: site }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // The photo never arrives (its requests hang): the box is what the page lays out before it comes.
  await page.route(/\/(assets|images)\/foto/, () => undefined);
  // Not waiting for the load event, which waits for the photo.
  await page.goto(`${site.url}#/${TEXT_PHOTO_SLIDE}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  const box = (locator: ReturnType<Page['locator']>) => locator.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
  const img = page.locator(`section#${TEXT_PHOTO_SLIDE} picture img`);
  const empty = await box(img);
  expect(empty.width).toBeGreaterThan(200);
  expect(empty.height / empty.width).toBeCloseTo(1350 / 2400, 2);

  const loaded = await context.newPage();
  await loaded.goto(`${site.url}#/${TEXT_PHOTO_SLIDE}`);
  const loadedImg = loaded.locator(`section#${TEXT_PHOTO_SLIDE} picture img`);
  await expect.poll(() => loadedImg.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  expect(await box(loadedImg)).toEqual(empty);
  await context.close();
});

/** How far the colour painted at a point of the window is from the photo's (largest channel difference). */
async function distanceFromOrange(page: Page, x: number, y: number): Promise<number> {
  const shot = await sharp(await page.screenshot({ clip: { x, y, width: 1, height: 1 }, scale: 'css' })).raw().toBuffer();
  return Math.max(Math.abs(shot[0] - ORANGE.r), Math.abs(shot[1] - ORANGE.g), Math.abs(shot[2] - ORANGE.b));
}
