// The channel between the audience's and the presenter's windows (BroadcastChannel) is theirs alone:
// another page of the same site (any project on owner.github.io) can neither steer nor frame them,
// malformed messages are dropped without an error, and a flood cannot leave them on different slides.
import { expect, type Page } from '@playwright/test';
import { openDeck } from './deck.ts';
import { openPresenterFrom, slideIds } from './presenter.ts';
import { test } from './site-variants.ts';

const KEY = 'test-session-key-0123456789';
const CHANNEL = `deck-talk:/:${KEY}`;
const index = (page: Page) => page.evaluate(() => window.Reveal.getIndices().h);
const state = (indexh: number, version: number, extra: object = {}) => ({
  type: 'state',
  stamp: { version, origin: 'other-window-01' },
  state: { deck: { indexh, indexv: 0, paused: false, overview: false, ...extra }, timer: { running: false, elapsedMs: 0 }, contrast: false },
});

/** A page of the same origin that is not the talk (here the site's icon, an SVG document). */
async function sameOriginPage(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto('./favicon.svg');
  return other;
}

/** Post messages on a BroadcastChannel from a page. */
function post(page: Page, channel: string, messages: unknown[]): Promise<void> {
  return page.evaluate(
    ([name, list]) => {
      const bc = new BroadcastChannel(name);
      for (const message of list) bc.postMessage(message);
      bc.close();
    },
    [channel, messages] as const,
  );
}

test('another page of the same site can neither steer the windows nor open a frame in them', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openDeck(page, './#/kort-om-mig');
  const presenter = await openPresenterFrom(page);
  const at = await index(page);
  const other = await sameOriginPage(page);
  const frame = { previewIframe: `${new URL(page.url()).origin}/favicon.svg` };
  // The channel names of before, and guesses without the session key.
  for (const name of ['deck-sync:/', 'deck-talk:/', 'deck-talk:/:', 'deck-talk:/:undefined']) {
    await post(other, name, [{ type: 'hello' }, { type: 'state', state: { indexh: 9, indexv: 0, ...frame } }, JSON.stringify(state(9, 99, frame))]);
  }
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => index(page)).toBe(at + 1);
  for (const window of [page, presenter]) await expect(window.locator('.r-overlay, .reveal iframe')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('with the session key, malformed messages are dropped without an error and a frame is never opened', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openDeck(page, `./?session=${KEY}#/kort-om-mig`);
  await expect(page).not.toHaveURL(/session=/);
  const at = await index(page);
  const other = await sameOriginPage(page);
  await post(other, CHANNEL, [
    null,
    42,
    'not json',
    { type: 'state', state: { indexh: 9 } },
    state(9, 100),
    JSON.stringify({ type: 'state' }),
    JSON.stringify({ type: 'state', stamp: { version: 'x' }, state: null }),
    JSON.stringify(state(9, 101, { previewIframe: '/favicon.svg' })),
    JSON.stringify({ ...state(9, 102), previewImage: '/favicon.svg' }),
    JSON.stringify(state(1e9, 103)),
    JSON.stringify({ type: 'stroke', stroke: { id: 'x', slide: '<b>', tool: 'pen', points: [1] } }),
    `${JSON.stringify(state(9, 104))}${' '.repeat(40_000)}`,
  ]);
  // A well-formed state on the same channel moves the window: the malformed ones were heard and dropped.
  await post(other, CHANNEL, [JSON.stringify(state(at + 2, 200))]);
  await expect.poll(() => index(page)).toBe(at + 2);
  await expect(page.locator('.r-overlay, .reveal iframe')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a flood of 1,000 states in any order leaves both windows on the newest one', async ({ page }) => {
  await openDeck(page, `./?session=${KEY}#/kort-om-mig`);
  const presenter = await openPresenterFrom(page);
  const ids = await slideIds(page);
  const other = await sameOriginPage(page);
  const versions = Array.from({ length: 1000 }, (_, i) => i + 10);
  versions.sort((a, b) => ((a * 7919) % 5003) - ((b * 7919) % 5003));
  await post(
    other,
    CHANNEL,
    versions.map((version) => JSON.stringify(state(version % 20, version))),
  );
  const newest = Math.max(...versions) % 20;
  await expect.poll(() => index(page)).toBe(newest);
  await expect.poll(() => index(presenter)).toBe(newest);
  // A late, older state takes no window back; the speaker's next press moves both on.
  await post(other, CHANNEL, [JSON.stringify(state(0, 5))]);
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => index(page)).toBe(newest + 1);
  await expect(presenter.locator('.reveal .slides > section.present')).toHaveId(ids[newest + 1]);
});
