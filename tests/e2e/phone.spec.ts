// Journey: someone opens the shared link on a phone and reads the talk.
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { SCREENSHOT_DIR } from './deck.ts';
import { test } from './site-variants.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function openPhone(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
}

/** Whether the page shows the reading view, the slides as pages one under another. */
function isReadingView(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('.reveal-viewport.reveal-scroll .reveal .scroll-page section') !== null);
}

/**
 * Bring on now whatever would still move the view or rewrite the link late: the fonts (they change
 * the pages' heights), then every timer the page set for the next two seconds, run at once on its
 * clock (reveal rewrites the link up to a second after the view changes). Needs page.clock.install()
 * before the page opens; the clock runs as usual until then.
 */
async function runWhatComesLater(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.clock.runFor(2000);
}

/** The smallest text on any slide, in CSS pixels as the phone shows it. */
function smallestTextPx(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    const scale = Number(getComputedStyle(document.querySelector('.reveal-viewport') as Element).getPropertyValue('--slide-scale'));
    let smallest = { px: Infinity, text: '' };
    for (const element of document.querySelectorAll<HTMLElement>('.reveal .slides section *')) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (!ownText || element.closest('.notes, .visually-hidden') || element.getClientRects().length === 0) continue;
      const px = parseFloat(getComputedStyle(element).fontSize) * scale;
      if (px < smallest.px) smallest = { px, text: element.textContent?.trim().slice(0, 40) ?? '' };
    }
    return smallest;
  });
}

test('the talk opens as a readable scroll view, every slide in order, no sideways scrolling, without reveal.js', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openPhone(page);
  expect(await isReadingView(page)).toBe(true);
  // The reading view is a page of its own: the slide show's script (reveal.js) is never fetched.
  expect(await page.evaluate(() => typeof window.Reveal)).toBe('undefined');
  expect(scripts.filter((path) => /start-deck/.test(path))).toEqual([]);
  const ids = await page.locator('.reveal .scroll-page section').evaluateAll((sections) => sections.map((section) => section.id));
  expect(ids).toHaveLength(26);
  expect(ids[0]).toBe('den-regionala-digitaliseringen');
  expect(ids.at(-1)).toBe('hor-garna-av-dig');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const smallest = await smallestTextPx(page);
  expect(smallest.px, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(12);

  const pages = page.locator('.reveal .scroll-page');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const index of [0, 5, 12, 25]) {
    await pages.nth(index).scrollIntoViewIfNeeded();
    const box = await pages.nth(index).boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-${String(index + 1).padStart(2, '0')}.png` });
  }
});

/**
 * Text the "Visa som bildspel" button covers with each slide's page scrolled to the top and to the
 * bottom of the screen, as "#/id: text": a button fixed to the screen covers some line as it scrolls.
 */
function textUnderViewSwitch(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const button = document.querySelector('.view-switch') as HTMLElement;
    const covered = new Set<string>();
    // The page scrolls in the viewport element; text scrolled out of it is not on the screen.
    const viewport = document.querySelector('.reveal-viewport') as HTMLElement;
    const measure = () => {
      const b = button.getBoundingClientRect();
      const shown = viewport.getBoundingClientRect();
      const walker = document.createTreeWalker(document.querySelector('.reveal .slides') as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('.notes, .visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const under = [...range.getClientRects()].some((r) => {
          const top = Math.max(r.top, shown.top);
          const bottom = Math.min(r.bottom, shown.bottom);
          return r.width > 0 && top < bottom && r.left < b.right && r.right > b.left && top < b.bottom && bottom > b.top;
        });
        if (under) covered.add(`#/${node.parentElement?.closest('section')?.id}: ${node.textContent.trim().slice(0, 40)}`);
      }
    };
    for (const scrollPage of document.querySelectorAll('.reveal .scroll-page')) {
      for (const block of ['start', 'end'] as const) {
        scrollPage.scrollIntoView({ block, behavior: 'instant' });
        measure();
      }
    }
    return [...covered];
  });
}

test('scrolled anywhere, no text is under the "Visa som bildspel" button', async ({ page }) => {
  await openPhone(page);
  await expect(page.getByRole('button', { name: 'Visa som bildspel' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-view-switch-top.png` });
  expect(await textUnderViewSwitch(page)).toEqual([]);
  // Slides whose text would have been under it: their page at the bottom of the screen, and half-way out.
  for (const [id, block] of [['kort-om-mig', 'end'], ['reaktiva-responsiva-proaktiva', 'end'], ['reaktiva-responsiva-proaktiva', 'start']] as const) {
    await page.locator(`section#${id}`).evaluate((slide, block) => slide.closest('.scroll-page')?.scrollIntoView({ block, behavior: 'instant' }), block);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-view-switch-${id}-${block}.png` });
  }
});

test('a deep link opens its slide in the scroll view, and scrolling updates the link', async ({ page }) => {
  await page.clock.install();
  await openPhone(page, './#/sverige-ligger-efter');
  const slide = page.locator('.scroll-page', { has: page.locator('section#sverige-ligger-efter') });
  await expect(slide).toBeInViewport({ ratio: 0.5 });
  // The link stays on the slide it named once the view has settled.
  await runWhatComesLater(page);
  await expect(slide).toBeInViewport({ ratio: 0.5 });
  expect(await page.evaluate(() => location.hash)).toBe('#/sverige-ligger-efter');
  await page.locator('.scroll-page', { has: page.locator('section#hor-garna-av-dig') }).scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 5000 }).toBe('#/hor-garna-av-dig');
});

/** The slide whose page covers the middle of the screen: the one the reader is looking at. */
function slideInMiddle(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const middle = window.innerHeight / 2;
    const pages = [...document.querySelectorAll('.reveal .scroll-page')];
    const shown = pages.find((each) => each.getBoundingClientRect().top <= middle && each.getBoundingClientRect().bottom >= middle);
    return shown?.querySelector('section')?.id;
  });
}

// reveal scrolls to a share of the whole height, which missed by most of a screen near steps and the end.
for (const id of ['kort-om-mig', 'kommer-det-att-skapas-ett-a-och-ett-b-lag', 'hor-garna-av-dig']) {
  test(`a link to #/${id} shows that slide in the middle of the screen, and the link stays`, async ({ page }) => {
    await page.clock.install();
    await openPhone(page, `./#/${id}`);
    await expect.poll(() => slideInMiddle(page)).toBe(id);
    // Still there once what comes later has come.
    await runWhatComesLater(page);
    expect(await slideInMiddle(page)).toBe(id);
    expect(await page.evaluate(() => location.hash)).toBe(`#/${id}`);
  });
}

test('a link the slide show wrote at a step of its slide opens that slide', async ({ page }) => {
  await openPhone(page, './#/kommer-det-att-skapas-ett-a-och-ett-b-lag/0');
  await expect.poll(() => slideInMiddle(page)).toBe('kommer-det-att-skapas-ett-a-och-ett-b-lag');
});

test('a link in the text goes to its slide, Back comes back, and the side arrows step a slide', async ({ page }) => {
  await openPhone(page, './#/jag-tankte-prata-om-tre-saker');
  // "#/var-star-vi" names no element: without the page's help the browser would stay where it is.
  await page.locator('section#jag-tankte-prata-om-tre-saker a[href="#/var-star-vi"]').tap();
  await expect.poll(() => slideInMiddle(page)).toBe('var-star-vi');
  // The reading goes on there: the next Tab, or a screen reader, starts at the slide gone to.
  await expect(page.locator('section#var-star-vi')).toBeFocused();
  await page.goBack();
  await expect.poll(() => slideInMiddle(page)).toBe('jag-tankte-prata-om-tre-saker');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slideInMiddle(page)).toBe('var-star-vi');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slideInMiddle(page)).toBe('sverige-ligger-efter');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => slideInMiddle(page)).toBe('var-star-vi');
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 5000 }).toBe('#/var-star-vi');
});

test('a visible button switches to the slide show and back, on the same slide', async ({ page }) => {
  await openPhone(page, './#/men-mycket-hander-nu');
  await page.getByRole('button', { name: 'Visa som bildspel' }).click();
  await page.waitForURL(/\?view=slides#\/men-mycket-hander-nu$/);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  await expect(page.locator('section#men-mycket-hander-nu')).toHaveClass(/present/);
  expect(await isReadingView(page)).toBe(false);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-slides-view.png` });

  await page.getByRole('button', { name: 'Visa som läsvy' }).click();
  await page.waitForURL(/\?view=scroll#\/men-mycket-hander-nu$/);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  expect(await isReadingView(page)).toBe(true);
  await expect(page.locator('.scroll-page', { has: page.locator('section#men-mycket-hander-nu') })).toBeInViewport({ ratio: 0.5 });
});

test('a window resized across a phone\'s width opens the other view, on the same slide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openPhone(page, './#/men-mycket-hander-nu');
  expect(await isReadingView(page)).toBe(false);

  let reloaded = page.waitForEvent('load');
  await page.setViewportSize({ width: 390, height: 844 });
  await reloaded;
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  expect(await isReadingView(page)).toBe(true);
  await expect(page.locator('.scroll-page', { has: page.locator('section#men-mycket-hander-nu') })).toBeInViewport({ ratio: 0.5 });

  reloaded = page.waitForEvent('load');
  await page.setViewportSize({ width: 1280, height: 720 });
  await reloaded;
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  expect(await isReadingView(page)).toBe(false);
  await expect(page.locator('section#men-mycket-hander-nu')).toHaveClass(/present/);
});
