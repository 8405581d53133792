// Journeys with a clicker and the keyboard in the audience window, and a speaker who asks for less motion.
import { chromium, expect, type Page } from '@playwright/test';
import { fullChromiumLaunchOptions } from '../chromium.ts';
import { openDeck } from './deck.ts';
import { test } from './site-variants.ts';

const indexOf = (page: Page) => page.evaluate(() => window.Reveal.getIndices().h);

test('arrows, Space and the clicker keys page through; Home and End jump to the ends', async ({ page }) => {
  await openDeck(page, './#/kort-om-mig');
  const start = await indexOf(page);
  const steps: [string, number][] = [
    ['ArrowRight', 1],
    ['Space', 2],
    ['PageDown', 3],
    ['PageUp', 2],
    ['ArrowLeft', 1],
    ['ArrowDown', 2],
    ['ArrowUp', 1],
  ];
  for (const [key, offset] of steps) {
    await page.keyboard.press(key);
    await expect.poll(() => indexOf(page), key).toBe(start + offset);
  }
  await page.keyboard.press('End');
  await expect.poll(() => indexOf(page)).toBe(25);
  await page.keyboard.press('Home');
  await expect.poll(() => indexOf(page)).toBe(0);
});

test('B and . black the screen and bring it back', async ({ page }) => {
  await openDeck(page);
  for (const key of ['b', '.']) {
    await page.keyboard.press(key);
    await expect(page.locator('.reveal')).toHaveClass(/\bpaused\b/);
    await expect(page.locator('.pause-overlay')).toBeVisible();
    await page.keyboard.press(key);
    await expect(page.locator('.reveal')).not.toHaveClass(/\bpaused\b/);
  }
});

test('F goes full screen, Esc and O show the overview, G jumps to a slide', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
  await page.evaluate(() => document.exitFullscreen());

  for (const key of ['Escape', 'o']) {
    await page.keyboard.press(key);
    await expect(page.locator('.reveal')).toHaveClass(/\boverview\b/);
    await page.keyboard.press(key);
    await expect(page.locator('.reveal')).not.toHaveClass(/\boverview\b/);
  }

  await page.keyboard.press('g');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await expect.poll(() => indexOf(page)).toBe(11);
});

test('the screen is kept awake while the talk is open', async ({ baseURL }) => {
  // In the whole browser: the headless shell the other tests drive has no screen and refuses the lock.
  const browser = await chromium.launch(fullChromiumLaunchOptions());
  try {
    const page = await browser.newPage({ baseURL });
    await openDeck(page);
    await expect(page.locator('html')).toHaveAttribute('data-wake-lock', 'on');
  } finally {
    await browser.close();
  }
});

/** Animations running two frames after the next slide is asked for, on elements the selector matches. */
async function animationsAfterNext(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(async (selector) => {
    window.Reveal.next();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return document
      .getAnimations()
      .filter((animation) => animation.playState === 'running')
      .map((animation) => (animation.effect as KeyframeEffect | null)?.target)
      .filter((target): target is Element => target instanceof Element && target.matches(selector))
      .map((target) => target.className);
  }, selector);
}

const SLIDES = '.slides section, .slide-background';
/** Everything of the deck that moves as the slide changes: slides, backgrounds, arrows, progress bar. */
const ANYTHING = '.reveal, .reveal *';

test('slides move with a transition, and nothing moves when the system asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openDeck(page);
  expect(await animationsAfterNext(page, SLIDES)).not.toEqual([]);
  expect(await animationsAfterNext(page, '.controls *, .progress *')).not.toEqual([]);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  expect(await page.evaluate(() => window.Reveal.getConfig().transition)).toBe('none');
  expect(await animationsAfterNext(page, ANYTHING)).toEqual([]);
});
