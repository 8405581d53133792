// The high-contrast projector mode: X from any window switches every window of the talk; ?kontrast
// keeps it on in one. Each kind of slide then reads black on white, with no photo behind its text.
import { expect, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { openDeck, saveScreenshot, settle } from './deck.ts';
import { openPresenterFrom } from './presenter.ts';
import { test } from './site-variants.ts';

/** One slide of each layout with colour or a photo behind its text. */
const SLIDES = ['den-regionala-digitaliseringen', 'var-star-vi', 'sverige-ligger-efter', 'oversikt-over-sveriges-placeringar-2012-2016', 'hor-garna-av-dig'];

/** Text of the current slide that is not black, or that has a colour or picture behind it. */
function notBlackOnWhite(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = window.Reveal.getCurrentSlide();
    const problems: string[] = [];
    const behind = (element: Element | null): string | null => {
      for (let at = element; at && at !== slide.parentElement; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.backgroundImage !== 'none') return `picture behind (${at.className})`;
        const colour = style.backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'rgb(255, 255, 255)') return `${colour} behind (${at.className})`;
      }
      return null;
    };
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('.notes, .visually-hidden') || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      const colour = element.closest('svg') ? style.fill : style.color;
      if (colour !== 'rgb(0, 0, 0)') problems.push(`"${node.textContent.trim().slice(0, 30)}" is ${colour}`);
      const back = behind(element);
      if (back) problems.push(`"${node.textContent.trim().slice(0, 30)}": ${back}`);
    }
    const backgrounds = document.querySelector('.reveal .backgrounds');
    if (backgrounds && getComputedStyle(backgrounds).display !== 'none') problems.push('the slide backgrounds show');
    return problems;
  });
}

test('X in the presenter view turns the projector black on white, every kind of slide at 21:1, and back', async ({ page }) => {
  await openDeck(page, `./#/${SLIDES[0]}`);
  const presenter = await openPresenterFrom(page);
  await presenter.keyboard.press('x');
  await expect(page.locator('html')).toHaveClass(/\bhigh-contrast\b/);
  for (const id of SLIDES) {
    await page.evaluate((slideId) => window.Reveal.slide(window.Reveal.getSlides().findIndex((slide) => slide.id === slideId)), id);
    await settle(page);
    expect(await notBlackOnWhite(page), id).toEqual([]);
    // axe on the two with the most behind their text (a photo; a chart).
    if (id === 'sverige-ligger-efter' || id.startsWith('oversikt')) expect(await axeViolations(page), id).toEqual([]);
    if (id === 'sverige-ligger-efter') await saveScreenshot(page, 'high-contrast-overlay');
  }
  await page.keyboard.press('x');
  await expect(presenter.locator('html')).not.toHaveClass(/\bhigh-contrast\b/);
});

test('?kontrast keeps one window in high contrast from the start', async ({ page }) => {
  await openDeck(page, './?kontrast#/sverige-ligger-efter');
  await expect(page.locator('html')).toHaveClass(/\bhigh-contrast\b/);
  expect(await notBlackOnWhite(page)).toEqual([]);
});
