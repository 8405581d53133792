// Helpers for journeys through the deck in a real browser.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOT_DIR = 'tests/output/screenshots';

/**
 * Open the deck and wait until it is ready: the slide show once reveal.js has fired its `ready`
 * event (where our key bindings are added), which comes with its `ready` class; the reading view
 * (no reveal.js) once its pages are built, when it adds the same class.
 */
export async function openDeck(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
}

/** Wait until the slide transition has finished, so screenshots and boxes are final (the reading view has none). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    if (!window.Reveal) return true;
    const slide = window.Reveal.getCurrentSlide();
    return slide && slide.getAnimations({ subtree: true }).every((animation) => animation.playState !== 'running');
  });
}

/**
 * Parts of a slide (the current one by default) that stick out of the slide box, or whose text sticks
 * out of their own box. The box is the 1280×720 slide while presenting, the slide's page in the scroll view.
 */
export async function overflowingParts(page: Page, index?: number): Promise<string[]> {
  return page.evaluate((index) => {
    const slide = index === undefined ? window.Reveal.getCurrentSlide() : [...document.querySelectorAll<HTMLElement>('.reveal .slides section')][index];
    const box = (slide.closest('.scroll-page') ?? (document.querySelector('.reveal .slides') as HTMLElement)).getBoundingClientRect();
    const tolerance = 1;
    return [...slide.querySelectorAll<HTMLElement>('*')]
      // Visually hidden text (a chart's table) is clipped on purpose.
      .filter((element) => element.getClientRects().length > 0 && !element.closest('.notes, .visually-hidden'))
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        const outsideSlide = rect.left < box.left - tolerance || rect.right > box.right + tolerance || rect.top < box.top - tolerance || rect.bottom > box.bottom + tolerance;
        // Only HTML boxes clip their text; an SVG element's client and scroll widths mean nothing
        // (Chromium gives <text> under CSS zoom a scroll width zoomed and a client width not).
        const textSticksOut = element instanceof HTMLElement && element.scrollWidth > element.clientWidth + tolerance && element.clientWidth > 0;
        return outsideSlide || textSticksOut;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
  }, index);
}

/**
 * Words of a slide (the current one by default) broken across two lines: a box too narrow for a
 * word makes the browser break inside it (overflow-wrap), e.g. "OMSTÄLLNINGEN" and "?" a line each.
 */
export async function wordsSplitAcrossLines(page: Page, index?: number): Promise<string[]> {
  return page.evaluate((index) => {
    const slide = index === undefined ? window.Reveal.getCurrentSlide() : [...document.querySelectorAll<HTMLElement>('.reveal .slides section')][index];
    const split: string[] = [];
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.notes, .visually-hidden, svg')) continue;
      // A line may break after a hyphen, a dash or a slash ("EU-|kommissionen"): those are parts of their own.
      for (const match of (node.textContent ?? '').matchAll(/[^\s\-‐–—/]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (tops.size > 1) split.push(match[0]);
      }
    }
    return split;
  }, index);
}

/**
 * Play the page's animations (slide transitions, steps fading in) 20 times as fast. A walk waits for
 * each slide to stand still before it checks it, which is the same slide sooner: about 1 s a slide less.
 */
export async function playAnimationsFast(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 20 });
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

/**
 * Add CSS to the page, e.g. to break it on purpose. A constructed style sheet: the page's Content
 * Security Policy refuses an inline <style> (Playwright's addStyleTag), not the CSS object model.
 */
export async function addStyle(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}
