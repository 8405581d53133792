// Journeys after the event: the link is pasted in a chat, opened from a QR code, a contact saved.
import { expect } from '@playwright/test';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { openDeck, SCREENSHOT_DIR } from './deck.ts';
import { test } from './site-variants.ts';
import { talk } from '../../src/talk.config.ts';
import { pageTitle } from '../../src/vite/head-tags.ts';
import { decodePng } from '../png.ts';

test('the page carries its title, description, link-preview tags and icons', async ({ page, request }) => {
  await page.goto('./');
  // The talk's facts (src/talk.config.ts), whatever talk it is.
  const original = { title: 'Den regionala digitaliseringen', event: 'Reglabs lärprojekt om digital verksamhetsutveckling', date: '2018-02-22' };
  expect(pageTitle(original)).toBe('Den regionala digitaliseringen – Reglabs lärprojekt om digital verksamhetsutveckling, 22 februari 2018');
  expect(pageTitle({ ...original, event: '' })).toBe('Den regionala digitaliseringen – 22 februari 2018');
  await expect(page).toHaveTitle(pageTitle(talk));
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
  expect(await meta('description')).toBe(talk.description);
  expect(await meta('og:title')).toBe(talk.title);
  expect(await meta('og:type')).toBe('website');
  expect(await meta('og:locale')).toBe('sv_SE');
  expect(await meta('og:image:width')).toBe('1200');
  expect(await meta('og:image:height')).toBe('630');
  expect(await meta('twitter:card')).toBe('summary_large_image');
  expect(await meta('theme-color')).toBe('#0a5bd8');
  // Without a known public URL there is no canonical address to claim.
  await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
  for (const href of await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
  // The PNG icon fills its square to the edges (drawn on a page without margin).
  const icon = await decodePng(await (await request.get(new URL('favicon.png', page.url()).href)).body());
  const alpha = (x: number, y: number) => icon.data[(y * icon.width + x) * 4 + 3];
  expect([alpha(2, icon.height / 2), alpha(icon.width / 2, 2)]).toEqual([255, 255]);
});

test('the link-preview picture is the title slide, 1200×630, drawn by the build', async ({ page, request }) => {
  await page.goto('./');
  const src = await page.locator('meta[property="og:image"]').getAttribute('content');
  const response = await request.get(new URL(src ?? '', page.url()).href);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await decodePng(await response.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
  // The title slide's blue gradient fills the corner; its white heading sits left of centre.
  const pixel = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
  const [r, g, b] = pixel(5, 5);
  expect(b).toBeGreaterThan(r + 40);
  expect(b).toBeGreaterThan(g);
  const heading = Array.from({ length: 150 }, (_, row) => Array.from({ length: 600 }, (_, x) => pixel(120 + x, 150 + row))).flat();
  const white = heading.filter(([r2, g2, b2]) => r2 > 240 && g2 > 240 && b2 > 240).length;
  expect(white / heading.length).toBeGreaterThan(0.1);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  copyFileSync('dist/og-image.png', `${SCREENSHOT_DIR}/og-image.png`);
});

test('"Spara kontakt" downloads a vCard with name, organisation, e-mail and phone', async ({ page }) => {
  await openDeck(page, './#/hor-garna-av-dig');
  const link = page.getByRole('link', { name: 'Spara kontakt' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const text = readFileSync(await download.path(), 'utf8');
  const card = new ICAL.Component(ICAL.parse(text));
  expect(card.getFirstPropertyValue('fn')).toBe(talk.speaker);
  expect(card.getFirstPropertyValue('org')).toBe(talk.organisation);
  expect(card.getFirstPropertyValue('email')).toBe('martin.bodensten@ramboll.com');
  expect(card.getFirstPropertyValue('tel')).toBe('+46707549458');
});

test.describe('with a public URL configured', () => {
  test('the page names its canonical address and the contact slide shows a QR code that reads it', async ({ page, publicUrlSite: { url, publicUrl } }) => {
    await openDeck(page, `${url}#/hor-garna-av-dig`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', publicUrl);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', publicUrl);
    const qr = page.getByRole('img', { name: `QR-kod till bildspelet: ${publicUrl}` });
    await expect(qr).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/contact-with-qr.png` });
    const png = await decodePng(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(publicUrl);

    // Printed to a PDF, "Spara kontakt" links to the published card.
    await page.addInitScript(() => document.addEventListener('pdf-ready', () => document.documentElement.setAttribute('data-pdf-ready', '')));
    await page.goto(`${url}?print-pdf`);
    await expect(page.locator('html[data-pdf-ready]')).toBeAttached({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: 'Spara kontakt' })).toHaveAttribute('href', `${publicUrl}kontakt.vcf`);
  });
});
