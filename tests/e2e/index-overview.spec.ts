// Journey: the audience reads Sweden's placements in nine indices off one slide.
import { expect, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REFERENCE_SLIDES } from '../reference-talk.ts';
import { openDeck, overflowingParts, saveScreenshot, settle } from './deck.ts';
import { test } from './site-variants.ts';

interface Entry {
  index: string;
  year: number;
  rank: number;
  of: number | null;
  basis: 'published' | 'calculated';
}

const entries = parse(readFileSync(join(REFERENCE_SLIDES, 'data', 'placeringar.yaml'), 'utf8')) as Entry[];
const indicesWithData = [...new Set(entries.map((entry) => entry.index))];

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxes = async (locator: Locator): Promise<Box[]> => Promise.all((await locator.all()).map(async (element) => (await element.boundingBox()) as Box));

test.beforeEach(async ({ page }) => {
  await openDeck(page, './#/oversikt-over-sveriges-placeringar-2012-2016');
  await settle(page);
});

test('shows one chart per index with data, each point labelled as in the data file', async ({ page }) => {
  const slide = page.locator('section.present');
  await expect(slide.locator('.index-overview__card')).toHaveCount(9);
  await expect(slide.locator('svg.rank-chart')).toHaveCount(indicesWithData.length);

  for (const index of indicesWithData) {
    const card = slide.locator('.index-overview__card').filter({ has: page.locator('span[lang="en"]', { hasText: new RegExp(`^${index}$`) }) });
    const expected = entries.filter((entry) => entry.index === index).sort((a, b) => a.year - b.year);
    await expect(card.locator('.rank-chart__label'), index).toHaveText(expected.map((entry) => `${entry.rank}/${entry.of ?? '?'}`));
    await expect(card.locator('svg.rank-chart .rank-chart__point--calculated'), `${index}: hollow points`).toHaveCount(expected.filter((entry) => entry.basis === 'calculated').length);
    // The text alternative: a table with a row per point, found by its caption.
    const table = page.getByRole('table', { name: `Sveriges placeringar i ${index}` });
    await expect(table.getByRole('row')).toHaveCount(expected.length + 1);
    await expect(table.getByRole('rowheader')).toHaveText(expected.map((entry) => String(entry.year)));
  }
});

test('shows the remark instead of a chart where no placements were found', async ({ page }) => {
  const textCards = page.locator('section.present .index-overview__card--text');
  await expect(textCards.locator('h3')).toHaveText(['eGovernment benchmark', /^Digital public services/, 'OURdata']);
  await expect(textCards.nth(0)).toContainText('Ej konstruerad för ranking. Sverige visade upp positiv utveckling för 2016.');
  await expect(textCards.nth(2)).toContainText('Sverige på placering 27/29 (år 2014).');
  await expect(textCards.nth(2)).toContainText('Från originalbilden');
});

test('marks hollow points in a footnote and names the sources', async ({ page }) => {
  const footer = page.locator('section.present .index-overview__footer');
  await expect(footer.locator('svg .rank-chart__point--calculated')).toBeVisible();
  // The symbol's name, for screen readers, then what it means.
  await expect(footer).toContainText('Ihålig punkt: placering beräknad ur utgivarens publicerade poäng');
  await expect(footer).toContainText('Källor: FN');
});

test('fits the slide with labels large enough to read and clear of one another', async ({ page }) => {
  expect(await overflowingParts(page)).toEqual([]);
  await expect(page.locator('section.present span[lang="en"]').first()).toBeVisible();
  for (const chart of await page.locator('section.present svg.rank-chart').all()) {
    const labels = await boxes(chart.locator('.rank-chart__label'));
    const card = (await chart.locator('xpath=..').boundingBox()) as Box;
    const heading = (await chart.locator('xpath=../h3').boundingBox()) as Box;
    for (const [i, label] of labels.entries()) {
      // 16/193 in type of at least 14 px on the 1280×720 slide (the box is taller than the digits).
      expect(label.height).toBeGreaterThanOrEqual(14);
      expect(overlaps(label, heading), 'a label runs into the heading').toBe(false);
      expect(label.x >= card.x && label.x + label.width <= card.x + card.width, 'a label sticks out of its card').toBe(true);
      for (const other of labels.slice(i + 1)) expect(overlaps(label, other), 'two labels overlap').toBe(false);
    }
  }
  await saveScreenshot(page, 'index-overview');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('each index shows its placements as a line of text, and the slide fits its page', async ({ page }) => {
    const slide = page.locator('section#oversikt-over-sveriges-placeringar-2012-2016');
    await slide.evaluate((section) => section.closest('.scroll-page')?.scrollIntoView());
    await expect(slide.locator('svg.rank-chart').first()).toBeHidden();
    const web = slide.locator('.index-overview__card', { hasText: 'The Web Index' }).locator('.rank-values__item');
    await expect(web).toHaveText(['2012 1/61', '2013 1/81', '2014 5/86']);
    await expect(slide.locator('.rank-values')).toHaveCount(indicesWithData.length);
    // The tall phone slide clips what does not fit: everything must stand inside its page.
    const inside = await slide.evaluate((section) => {
      const page = (section.closest('.scroll-page-content') as HTMLElement).getBoundingClientRect();
      const parts = [...section.querySelectorAll('*')].filter((part) => !part.closest('.visually-hidden, .notes') && part.getClientRects().length > 0);
      return parts.every((part) => {
        const box = part.getBoundingClientRect();
        return box.top >= page.top - 1 && box.bottom <= page.bottom + 1;
      });
    });
    expect(inside).toBe(true);
    await saveScreenshot(page, 'phone-index-overview');
  });
});
