// Journey: the speaker carries the talk on a USB stick as one HTML file and opens it from file://,
// with no server and no network: every slide, every picture, the presenter view and the print view,
// under the file's own policy (inline code by hash only) without one violation.
// (The one file keeping the speaker notes: build.spec.ts.)
import { expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import { readPolicy } from './csp-violations.ts';
import { openDeck } from './deck.ts';
import { watchPage } from './page-watch.ts';
import { nextSlide, openPresenterFrom, slideIds, walkDeck } from './presenter.ts';
import { test } from './site-variants.ts';

/** The file that `npm run build` wrote (the browser tests' web server runs it first). */
const BUILT_FILE = resolve('dist-offline', SINGLE_FILE_NAME);
const FILE_URL = pathToFileURL(BUILT_FILE).href;

/** Pictures of the current slide that did not load: <img> elements and the slide's background. */
async function brokenPictures(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const slide = window.Reveal.getCurrentSlide();
    const urls = [...slide.querySelectorAll('img')].map((img) => img.src);
    const background = slide.getAttribute('data-background-image');
    if (background) urls.push(background);
    const broken: string[] = [];
    for (const url of urls) {
      const image = new Image();
      image.src = url;
      const loaded = await image.decode().then(() => image.naturalWidth > 0, () => false);
      if (!loaded || !url.startsWith('data:')) broken.push(url.slice(0, 60));
    }
    return broken;
  });
}

test('the one file allows nothing but its own inline code, by hash, and data: pictures and fonts', async ({ page }) => {
  await page.goto(FILE_URL);
  const directives = await readPolicy(page);
  expect(directives.get('default-src')).toEqual(["'none'"]);
  // The bundle, and index.html's line that tells the first paint a link names a slide.
  expect(directives.get('script-src')).toEqual([expect.stringMatching(/^'sha256-[\w+/]+=*'$/), expect.stringMatching(/^'sha256-[\w+/]+=*'$/)]);
  for (const source of directives.get('style-src') ?? []) expect(source).toMatch(/^'sha256-[\w+/]+=*'$/);
  expect(directives.get('img-src')).toEqual(['data:']);
  expect(directives.get('font-src')).toEqual(['data:']);
});

test('the one file presents the whole talk from file://, every picture inlined, with its presenter view in step and its print view, asking for nothing else', async ({ page, context }) => {
  expect(existsSync(BUILT_FILE), `${BUILT_FILE} (written by npm run build)`).toBe(true);
  const watch = await watchPage(page);
  await openDeck(page, FILE_URL);
  await expect(page.locator('.reveal .slides > section')).toHaveCount(26);
  let pictures = 0;
  await walkDeck(page, async (index) => {
    expect(await brokenPictures(page), `slide ${index + 1}`).toEqual([]);
    pictures += await page.evaluate(() => window.Reveal.getCurrentSlide().matches('[data-background-image]') ? 1 : 0);
  });
  expect(pictures, 'slides with a background picture').toBeGreaterThan(5);
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => `${font.family} ${font.weight}`);
  });
  expect(fonts).toEqual(expect.arrayContaining(['Inter 400', 'Inter 700']));

  // The presenter view, opened with S on a slide in the middle, in step with the audience.
  const ids = await slideIds(page);
  const at = ids.indexOf('sverige-ligger-efter');
  await page.evaluate((at) => window.Reveal.slide(at), at);
  // reveal writes the #/slide link up to 1 s late, and the presenter view opens at that link.
  await expect(page).toHaveURL(`${FILE_URL}#/sverige-ligger-efter`);
  const presenter = await openPresenterFrom(page);
  expect(presenter.url()).toBe(`${FILE_URL}?presenter#/sverige-ligger-efter`);
  await expect(nextSlide(presenter)).toHaveId(ids[at + 1]);
  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('.presenter__position')).toHaveText(`Bild ${at + 2} / 26`);
  await presenter.keyboard.press('ArrowRight');
  await expect(page.locator(`section#${ids[at + 2]}`)).toHaveClass(/present/);
  await expect(nextSlide(presenter)).toHaveId(ids[at + 3]);

  const printed = await context.newPage();
  await printed.goto(`${FILE_URL}?print-pdf`);
  await expect(printed.locator('.pdf-page')).toHaveCount(26);

  expect(watch.violations, 'Content Security Policy violations').toEqual([]);
  expect(watch.errors, 'console errors and uncaught exceptions').toEqual([]);
  // Only the file itself (also as the presenter view, its preview and the print view) and data: URLs.
  expect(watch.requests.filter((url) => !url.startsWith('data:') && new URL(url).pathname !== new URL(FILE_URL).pathname)).toEqual([]);
});
