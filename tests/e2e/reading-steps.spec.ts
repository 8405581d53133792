// Journey: someone reads the talk on a phone and comes to the question slide, by a shared link or
// with the keys; its second line ("…och går det att komma ifatt?") is there whenever the slide is.
import { expect } from '@playwright/test';
import { PHONE } from './views.ts';
import { test } from './site-variants.ts';

const QUESTION = 'kommer-det-att-skapas-ett-a-och-ett-b-lag';

test.use(PHONE.use);

test('a link to the question slide shows it with its second line', async ({ page }) => {
  await page.goto(`./#/${QUESTION}`);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  const followUp = page.locator(`section#${QUESTION} .question__follow-up`);
  await expect(followUp).toBeInViewport();
  await expect(followUp).toBeVisible();
});

test('paging through the reading view with the keys, the second line shows whenever its slide is in view', async ({ page }) => {
  await page.goto('./#/se-data-som-en-tillgang');
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  const followUp = page.locator(`section#${QUESTION} .question__follow-up`);
  const seen: string[] = [];
  for (let press = 0; press < 8; press++) {
    await page.keyboard.press('PageDown');
    // The press has taken effect once the page stands still (scroll snapping may move it after).
    let last = -1;
    await expect.poll(async () => {
      const now = await page.evaluate(() => document.querySelector('.reveal-viewport')?.scrollTop ?? 0);
      const still = now === last;
      last = now;
      return still;
    }).toBe(true);
    if (await followUp.evaluate((element) => element.getBoundingClientRect().bottom <= window.innerHeight && element.getBoundingClientRect().top >= 0)) {
      seen.push(await followUp.evaluate((element) => (element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ? 'shown' : 'hidden')));
    }
  }
  expect(seen.length, 'presses that had the line in view').toBeGreaterThan(0);
  expect(seen).not.toContain('hidden');
});
