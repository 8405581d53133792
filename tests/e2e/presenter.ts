// Helpers for journeys with the presenter view: open it as the speaker does, and read its boxes.
import { expect, type Page } from '@playwright/test';

/** Press S in the audience window and wait for the presenter view it opens, with its preview loaded. */
export async function openPresenterFrom(audience: Page): Promise<Page> {
  const [presenter] = await Promise.all([audience.context().waitForEvent('page'), audience.keyboard.press('s')]);
  await presenter.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  await expect(nextSlide(presenter)).toHaveCount(1);
  return presenter;
}

/** The slide the presenter's "next" box shows. */
export function nextSlide(presenter: Page) {
  return presenter.frameLocator('.presenter__next iframe').locator('.reveal .slides > section.present');
}

/** The ids of all slides, in order. */
export async function slideIds(page: Page): Promise<string[]> {
  return page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((section) => section.id));
}

/** Walk the deck from the first slide to the last press, fragments included, with the keyboard. */
export async function walkDeck(page: Page, onSlide: (index: number) => Promise<void> = async () => {}): Promise<void> {
  await page.keyboard.press('Home');
  const total = await page.evaluate(() => window.Reveal.getTotalSlides());
  for (let index = 0; index < total; index++) {
    await expect.poll(() => page.evaluate(() => window.Reveal.getIndices().h)).toBe(index);
    while (await page.evaluate(() => window.Reveal.availableFragments().next)) await page.keyboard.press('ArrowRight');
    await onSlide(index);
    await page.keyboard.press('ArrowRight');
  }
}

/** Go to the first slide and open the presenter view there; its preview shows the second slide. */
export async function openPresenterAtStart(audience: Page): Promise<{ presenter: Page; ids: string[] }> {
  await audience.keyboard.press('Home');
  const ids = await slideIds(audience);
  // reveal writes the #/slide link up to 1 s late, and the presenter view opens at that link.
  await expect(audience).toHaveURL(new RegExp(`#/${ids[0]}$`));
  const presenter = await openPresenterFrom(audience);
  await expect(nextSlide(presenter)).toHaveId(ids[1]);
  return { presenter, ids };
}
