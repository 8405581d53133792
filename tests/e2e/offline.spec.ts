// Journey: the talk is given with no network. A full run-through, audience and presenter windows
// together, asks no host but the page's own, in the build and in dev.
import { expect, test, type Page } from '@playwright/test';
import { NOTED_SLIDE, TEST_NOTE, copySlidesWithNote } from './slides-copy.ts';
import { openDeck, saveScreenshot, settle } from './deck.ts';
import { useDevServer } from './dev-server.ts';
import { openPresenterFrom, recordRequests, slideIds, walkDeck } from './presenter.ts';

/** Present the whole talk from `url` with the presenter view open; returns every URL asked for. */
async function runThrough(page: Page, url: string): Promise<{ requests: string[]; presenter: Page }> {
  const requests = recordRequests(page);
  await openDeck(page, url);
  const presenter = await openPresenterFrom(page);
  const position = presenter.locator('.presenter__position');
  await walkDeck(page, async (index) => {
    await expect(position).toHaveText(`Bild ${index + 1} / 26`);
  });
  return { requests, presenter };
}

function otherHosts(requests: string[], origin: string): string[] {
  const host = new URL(origin).host;
  return requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).host !== host);
}

test('the build: a full run-through asks no other host', async ({ page, baseURL }) => {
  const { requests } = await runThrough(page, './');
  expect(requests.some((url) => url.endsWith('/images/sverige-ligger-efter.svg')), 'the pictures were recorded').toBe(true);
  // The fonts are inside the page (src/vite/fonts-plugin.ts): loaded, and never fetched.
  expect(requests.filter((url) => url.endsWith('.woff2'))).toEqual([]);
  expect(await page.evaluate(() => [...document.fonts].filter((face) => face.family === 'Inter' && face.status === 'loaded').length)).toBe(2);
  expect(otherHosts(requests, baseURL!)).toEqual([]);
});

test.describe('dev', () => {
  const dev = useDevServer(copySlidesWithNote, { ownCache: true });

  test('a full run-through asks no other host, and the presenter view shows the notes', async ({ page }) => {
    const { requests, presenter } = await runThrough(page, dev.url);
    expect(requests.some((request) => request.includes('/images/sverige-ligger-efter.svg'))).toBe(true);
    expect(otherHosts(requests, dev.url)).toEqual([]);

    const ids = await slideIds(page);
    await presenter.keyboard.press('g');
    await presenter.keyboard.type(String(ids.indexOf(NOTED_SLIDE) + 1));
    await presenter.keyboard.press('Enter');
    await expect(page.locator(`section#${NOTED_SLIDE}`)).toHaveClass(/present/);
    await expect(presenter.locator('.presenter__notes-text')).toHaveText(TEST_NOTE);
    await settle(presenter);
    await saveScreenshot(presenter, 'presenter-notes');
  });
});
