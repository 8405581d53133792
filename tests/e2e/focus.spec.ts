// Journey: someone moves through the talk with Tab; wherever the focus lands, they can see it.
import { expect, type Locator, type Page } from '@playwright/test';
import { addStyle, openDeck } from './deck.ts';
import { PHONE, PRESENTING } from './views.ts';
import { decodePng } from '../png.ts';
import { test } from './site-variants.ts';

/** Press Tab until the target has the focus (as a keyboard user would reach it). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

/** How many pixels around an element change when the keyboard focus comes to it. */
async function focusRingPixels(page: Page, target: Locator): Promise<number> {
  const box = await target.boundingBox();
  if (!box) throw new Error('the element is not shown');
  const margin = 8;
  const clip = { x: Math.max(box.x - margin, 0), y: Math.max(box.y - margin, 0), width: box.width + 2 * margin, height: box.height + 2 * margin };
  await target.evaluate((element) => (element as HTMLElement).blur());
  const before = await decodePng(await page.screenshot({ clip, animations: 'disabled' }));
  await tabTo(page, target);
  const after = await decodePng(await page.screenshot({ clip, animations: 'disabled' }));
  let changed = 0;
  for (let i = 0; i < before.data.length; i += 4) {
    if (Math.abs(before.data[i] - after.data[i]) + Math.abs(before.data[i + 1] - after.data[i + 1]) + Math.abs(before.data[i + 2] - after.data[i + 2]) > 60) changed++;
  }
  return changed;
}

test.describe(PRESENTING.name, () => {
  test.use(PRESENTING.use);

  test("a link on a slide and reveal's arrow buttons show where the focus is", async ({ page }) => {
    await openDeck(page, './#/jag-tankte-prata-om-tre-saker');
    expect(await focusRingPixels(page, page.getByRole('link', { name: /Var står offentlig sektor/ }))).toBeGreaterThan(200);
    expect(await focusRingPixels(page, page.getByRole('button', { name: 'Nästa bild' }))).toBeGreaterThan(200);
  });

  test('the first Tab brings out the switch to the reading view, out of sight until then', async ({ page }) => {
    await openDeck(page);
    const viewSwitch = page.getByRole('button', { name: 'Visa som läsvy' });
    const shownAtItsPlace = () => viewSwitch.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === button;
    });
    expect(await shownAtItsPlace()).toBe(false);
    await page.keyboard.press('Tab');
    await expect(viewSwitch).toBeFocused();
    expect(await shownAtItsPlace()).toBe(true);
  });

  test('with the focus ring taken away, the check finds no focus to see', async ({ page }) => {
    await openDeck(page, './#/jag-tankte-prata-om-tre-saker');
    await addStyle(page, '.reveal :focus-visible, .reveal .controls button:focus-visible { outline: none !important; }');
    expect(await focusRingPixels(page, page.getByRole('button', { name: 'Nästa bild' }))).toBe(0);
  });
});

test.describe(PHONE.name, () => {
  test.use(PHONE.use);

  test('the view switch and the contact links show where the focus is', async ({ page }) => {
    await openDeck(page, './#/hor-garna-av-dig');
    expect(await focusRingPixels(page, page.getByRole('button', { name: 'Visa som bildspel' }))).toBeGreaterThan(200);
    const email = page.getByRole('link', { name: /martin\.bodensten@ramboll\.com/ });
    await email.scrollIntoViewIfNeeded();
    expect(await focusRingPixels(page, email)).toBeGreaterThan(200);
  });
});
