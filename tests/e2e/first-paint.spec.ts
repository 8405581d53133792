// Journey: someone opens the link on a slow connection. The first slide paints from the HTML and
// CSS alone, where reveal.js will show it, so nothing moves when the script takes over.
import { expect, type Page } from '@playwright/test';
import { saveScreenshot } from './deck.ts';
import { decodePng } from '../png.ts';
import { test } from './site-variants.ts';

/** Where each visible part of the slide shown (the first, or another by its id) stands. */
async function firstSlideLayout(page: Page, selector = 'section.present') {
  return page.evaluate((selector) => {
    const slide = document.querySelector<HTMLElement>(`.reveal .slides ${selector}`);
    if (!slide) return null;
    const parts = [slide, ...slide.querySelectorAll<HTMLElement>('*')].filter((element) => element.getClientRects().length > 0);
    return parts.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return `${element.tagName.toLowerCase()} ${[x, y, width, height].map(Math.round).join(' ')}`;
    });
  }, selector);
}

/** The ids of the slides the page shows (a box of their own), in order. */
async function shownSlides(page: Page): Promise<string[]> {
  return page.locator('.reveal .slides > section').evaluateAll((slides) => slides.filter((slide) => slide.getClientRects().length > 0).map((slide) => slide.id));
}

/** The colour at a point of the window (the slide's background there). */
async function colourAt(page: Page, x: number, y: number): Promise<string> {
  const { data } = await decodePng(await page.screenshot({ clip: { x, y, width: 1, height: 1 } }));
  return `rgb(${data[0]} ${data[1]} ${data[2]})`;
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} the first slide paints before any script runs, where reveal.js then shows it`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    const before = await context.newPage();
    // The script never arrives: what shows is the HTML and CSS alone.
    await before.route(/\.js$/, (route) => route.abort());
    await before.goto('./');
    await before.evaluate(() => document.fonts.ready);
    await expect(before.getByRole('heading', { level: 1 })).toBeVisible();
    await saveScreenshot(before, `first-paint-${viewport.width}x${viewport.height}-html-and-css`);

    const after = await context.newPage();
    await after.goto('./');
    await after.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
    await after.evaluate(() => document.fonts.ready);
    await saveScreenshot(after, `first-paint-${viewport.width}x${viewport.height}-reveal`);

    expect(await firstSlideLayout(before)).toEqual(await firstSlideLayout(after));
    // The title slide's gradient is behind the slide before reveal.js draws its backgrounds.
    for (const [x, y] of [[5, 5], [viewport.width / 2, viewport.height - 60]]) {
      expect(await colourAt(before, x, y), `colour at ${x},${y}`).toBe(await colourAt(after, x, y));
    }
    await context.close();
  });
}

/** Whether two layouts list the same elements at the same places, give or take a pixel. */
function sameLayout(before: string[] | null, after: string[] | null): boolean {
  const numbers = (line: string) => line.split(' ').slice(1).map(Number);
  return before?.length === after?.length && (before ?? []).every((line, index) => {
    const other = (after ?? [])[index];
    return line.split(' ')[0] === other.split(' ')[0] && numbers(line).every((value, i) => Math.abs(value - numbers(other)[i]) <= 1);
  });
}

// A content slide, and a section slide with its blue background, which reveal.js otherwise draws.
// On a phone the slide paints as the first page; reveal's reading view then scrolls it to where it
// puts a linked slide, lower down (it counts the slide before as the current one).
for (const { id, viewport, whereRevealShowsIt } of [
  { id: 'kort-om-mig', viewport: { width: 1280, height: 720 }, whereRevealShowsIt: true },
  { id: 'var-star-vi', viewport: { width: 1280, height: 720 }, whereRevealShowsIt: true },
  { id: 'var-star-vi', viewport: { width: 390, height: 844 }, whereRevealShowsIt: false },
]) {
  test(`a link to a slide (#/${id}) at ${viewport.width}×${viewport.height} paints that slide first, never the title${whereRevealShowsIt ? ', where reveal.js then shows it' : ''}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    const before = await context.newPage();
    await before.route(/\.js$/, (route) => route.abort());
    await before.goto(`./#/${id}`);
    await before.evaluate(() => document.fonts.ready);
    expect(await shownSlides(before)).toEqual([id]);
    await expect(before.getByRole('heading', { level: 1 })).toBeHidden();
    await saveScreenshot(before, `first-paint-link-${id}-${viewport.width}x${viewport.height}-html-and-css`);
    if (!whereRevealShowsIt) return context.close();

    const after = await context.newPage();
    await after.goto(`./#/${id}`);
    await after.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
    await after.evaluate(() => document.fonts.ready);
    await expect.poll(() => after.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe(id);
    await saveScreenshot(after, `first-paint-link-${id}-${viewport.width}x${viewport.height}-reveal`);

    // reveal.js centres a slide at whole pixels (its content's rounded height), the CSS exactly.
    const [layoutBefore, layoutAfter] = [await firstSlideLayout(before, `section#${id}`), await firstSlideLayout(after, `section#${id}`)];
    expect(sameLayout(layoutBefore, layoutAfter), `${layoutBefore?.join('\n')}\n≠\n${layoutAfter?.join('\n')}`).toBe(true);
    for (const [x, y] of [[5, 5], [viewport.width / 2, viewport.height - 60]]) {
      expect(await colourAt(before, x, y), `colour at ${x},${y}`).toBe(await colourAt(after, x, y));
    }
    await context.close();
  });
}

test('nothing but the HTML blocks rendering: the page\'s styles are in it, scripts are modules, reveal.css comes with them', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  // The bundle, a module (deferred); and one small script inline that fetches nothing (the slides' box).
  expect(scripts.filter((script) => /\bsrc=/.test(script))).toEqual([expect.stringMatching(/type="module"/)]);
  expect(scripts.filter((script) => !/\bsrc=/.test(script))).toEqual(['<script>']);
  const page = html.replace(/<noscript>.*?<\/noscript>/gs, '');
  expect(page).not.toMatch(/<link rel="stylesheet"/);
  const styles = [...page.matchAll(/<style>(.*?)<\/style>/gs)].map((match) => match[1]);
  expect(styles).toHaveLength(1);
  // The first paint's rules and the fonts themselves, inside the page: no request waits for them.
  expect(styles[0]).toContain('.reveal:not(.reveal-viewport)');
  expect(styles[0].match(/font-family:Inter;font-display:block;src:url\(data:font\/woff2;base64,/g)).toHaveLength(2);
  // reveal.css defines its --r-* settings; the page holds none of it.
  expect(styles[0]).not.toContain('--r-controls-spacing');
  expect(html).toMatch(/<section id="den-regionala-digitaliseringen" class="layout-title present"/);
});

test('without JavaScript every slide reads as a page, with no white text left on the white page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('.title__meta p').first()).toHaveCSS('color', 'rgb(11, 31, 77)');
  await expect(page.locator('.overlay__text').first()).toHaveCSS('color', 'rgb(255, 255, 255)');
  await expect(page.locator('.overlay__panel').first()).toHaveCSS('background-color', 'rgb(10, 61, 145)');
  await saveScreenshot(page, 'no-javascript');
  await context.close();
});
