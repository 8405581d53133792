// Journey: the speaker carries the talk on a USB stick as one HTML file and opens it from file://,
// with no server and no network: every slide, every picture, the notes and the presenter view.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import { openDeck } from './deck.ts';
import { nextSlide, openPresenterFrom, recordRequests, slideIds, walkDeck } from './presenter.ts';
import { NOTED_SLIDE, TEST_NOTE, copySlidesWithNote } from './slides-copy.ts';

/** The file that `npm run build` wrote (the browser tests' web server runs it first). */
const BUILT_FILE = resolve('dist-offline', SINGLE_FILE_NAME);

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

test('the one file presents the whole talk from file://, every picture inlined and loaded', async ({ page }) => {
  expect(existsSync(BUILT_FILE), `${BUILT_FILE} (written by npm run build)`).toBe(true);
  const fileUrl = pathToFileURL(BUILT_FILE).href;
  const requests = recordRequests(page);
  await openDeck(page, fileUrl);
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
  // Only the file itself (also as the presenter's preview) and data: URLs.
  expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).pathname !== new URL(fileUrl).pathname)).toEqual([]);
});

test('the one file opens its presenter view from file://, in step with the audience', async ({ page }) => {
  const fileUrl = pathToFileURL(BUILT_FILE).href;
  const requests = recordRequests(page);
  await openDeck(page, `${fileUrl}#/sverige-ligger-efter`);
  const ids = await slideIds(page);
  const at = ids.indexOf('sverige-ligger-efter');
  const presenter = await openPresenterFrom(page);
  expect(presenter.url()).toBe(`${fileUrl}?presenter#/sverige-ligger-efter`);
  await expect(nextSlide(presenter)).toHaveId(ids[at + 1]);

  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('.presenter__position')).toHaveText(`Bild ${at + 2} / 26`);
  await presenter.keyboard.press('ArrowRight');
  await expect(page.locator(`section#${ids[at + 2]}`)).toHaveClass(/present/);
  await expect(nextSlide(presenter)).toHaveId(ids[at + 3]);
  expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith(fileUrl))).toEqual([]);
});

test('a one-file build keeps the speaker notes, and its presenter view shows them', async ({ page }) => {
  const slidesDir = copySlidesWithNote();
  const outDir = mkdtempSync(join(tmpdir(), 'deck-single-'));
  try {
    const build = spawnSync('npx', ['vite', 'build', '--mode', 'single-file', '--outDir', outDir, '--emptyOutDir'], {
      env: { ...process.env, DECK_SLIDES_DIR: slidesDir },
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    await openDeck(page, `${pathToFileURL(join(outDir, SINGLE_FILE_NAME)).href}#/${NOTED_SLIDE}`);
    const presenter = await openPresenterFrom(page);
    await expect(presenter.locator('.presenter__notes-text')).toHaveText(TEST_NOTE);
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.locator('.presenter__notes-text')).toHaveText('Inga anteckningar till den här bilden.');
  } finally {
    rmSync(slidesDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
});
