// Journey: the talk is given with no network, in dev. A full run-through, audience and presenter
// windows together, asks no host but the page's own. (The build's run-through is the presenter
// view's walk in smoke-walks.spec.ts.)
import { expect, test } from '@playwright/test';
import { NOTED_SLIDE, TEST_NOTE, copySlidesWithNote } from './slides-copy.ts';
import { openDeck, saveScreenshot, settle } from './deck.ts';
import { useDevServer } from './dev-server.ts';
import { otherHosts, recordRequests } from './page-watch.ts';
import { openPresenterFrom, slideIds, walkDeck } from './presenter.ts';

test.describe('dev', () => {
  const dev = useDevServer(copySlidesWithNote, { ownCache: true });

  test('a full run-through asks no other host, and the presenter view shows the notes', async ({ page }) => {
    const requests = recordRequests(page);
    await openDeck(page, dev.url);
    const presenter = await openPresenterFrom(page);
    const position = presenter.locator('.presenter__position');
    await walkDeck(page, async (index) => {
      await expect(position).toHaveText(`Bild ${index + 1} / 26`);
    });
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
