// Journey: the speaker presents the whole talk with the keyboard.
import { expect, test } from '@playwright/test';
import { openDeck, overflowingParts, saveScreenshot, settle } from './deck.ts';

test('presents all 26 slides with the keyboard, each readable and inside its box', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await openDeck(page);

  const total = await page.evaluate(() => window.Reveal.getTotalSlides());
  expect(total).toBe(26);

  for (let index = 0; index < total; index++) {
    await expect.poll(() => page.evaluate(() => window.Reveal.getIndices().h)).toBe(index);
    // Reveal any fragments, so the slide is checked in its final state.
    while (await page.evaluate(() => window.Reveal.availableFragments().next)) await page.keyboard.press('ArrowRight');
    await settle(page);
    const slide = page.locator('.reveal .slides > section.present');
    await expect(slide.getByRole('heading').first()).toBeVisible();
    expect(await overflowingParts(page), `slide ${index + 1} overflows`).toEqual([]);
    const id = await slide.getAttribute('id');
    await saveScreenshot(page, `slide-${String(index + 1).padStart(2, '0')}-${id}`);
    await page.keyboard.press('ArrowRight');
  }
  expect(problems).toEqual([]);
});
