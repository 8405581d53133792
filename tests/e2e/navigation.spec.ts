// Journeys: open a shared deep link, follow the agenda, reach the speaker's contact card.
import { expect } from '@playwright/test';
import { openDeck } from './deck.ts';
import { test } from './site-variants.ts';

test('a deep link opens its slide, and reload stays there', async ({ page }) => {
  await openDeck(page, './#/sverige-ligger-efter');
  await expect(page.locator('section#sverige-ligger-efter')).toHaveClass(/present/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/svart-att-dra-nagra-slutsatser-om-utvecklingen$/);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  await expect(page.locator('section#svart-att-dra-nagra-slutsatser-om-utvecklingen')).toHaveClass(/present/);
});

test('the agenda links jump to their section slides', async ({ page }) => {
  await openDeck(page, './#/jag-tankte-prata-om-tre-saker');
  await page.getByRole('link', { name: 'Några spaningar framåt…' }).click();
  await expect(page.locator('section#spaningar-framat')).toHaveClass(/present/);
});

test('the question slide shows its second line on the next press', async ({ page }) => {
  await openDeck(page, './#/kommer-det-att-skapas-ett-a-och-ett-b-lag');
  const followUp = page.locator('.question__follow-up');
  await expect(followUp).not.toHaveClass(/visible/);
  await expect(followUp).toHaveCSS('opacity', '0');
  await page.keyboard.press('ArrowRight');
  await expect(followUp).toHaveClass(/visible/);
  await expect(followUp).toHaveCSS('opacity', '1');
  await expect(page.locator('section#kommer-det-att-skapas-ett-a-och-ett-b-lag')).toHaveClass(/present/);
});

test('the contact card links e-mail and phone', async ({ page }) => {
  await openDeck(page, './#/hor-garna-av-dig');
  const card = page.locator('section#hor-garna-av-dig');
  await expect(card.getByRole('link', { name: 'martin.bodensten@ramboll.com' })).toHaveAttribute('href', 'mailto:martin.bodensten@ramboll.com');
  await expect(card.getByRole('link', { name: '0707 549458' })).toHaveAttribute('href', 'tel:+46707549458');
  await expect(card).toContainText('LinkedIn Martin Bodensten');
  // No LinkedIn address is known, so none is invented.
  await expect(card.locator('a[href*="linkedin"]')).toHaveCount(0);
});

test('the slides are in the served HTML, readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('.reveal .slides > section')).toHaveCount(26);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Den regionala digitaliseringen');
  await expect(page.getByRole('heading', { name: 'Hör gärna av dig!' })).toBeVisible();
  await context.close();
});

test('16:9 slides fit 4:3 and 16:10 screens whole, centred', async ({ page }) => {
  for (const viewport of [{ width: 1024, height: 768 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await openDeck(page, './#/reaktiva-responsiva-proaktiva');
    const box = await page.locator('.reveal .slides').boundingBox();
    expect(box).not.toBeNull();
    const { x, y, width, height } = box!;
    expect(width / height).toBeCloseTo(16 / 9, 1);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThan(0);
    expect(x + width).toBeLessThanOrEqual(viewport.width);
    expect(y + height).toBeLessThanOrEqual(viewport.height);
  }
});

test('a link with a broken escape (#/%E0%A4%A) opens the reading view without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openDeck(page, './?view=scroll#/%E0%A4%A');
  await expect(page.locator('.reveal-scroll .scroll-page section')).toHaveCount(26);
  expect(errors).toEqual([]);
});
