// Journey: the organisers host the build in a folder of their site; pictures and fonts still load.
import { expect } from '@playwright/test';
import { SUB_PATH_URL } from '../../playwright.config.ts';
import { test } from './site-variants.ts';

test('the build served from /talks/reda/ loads every file it asks for', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const picture = page.waitForResponse((response) => response.url() === `${SUB_PATH_URL}images/sverige-ligger-efter.svg`);
  await page.goto(`${SUB_PATH_URL}#/sverige-ligger-efter`);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  expect((await picture).status()).toBe(200);
  await expect(page.locator('section#sverige-ligger-efter')).toHaveClass(/present/);
  const loadedFonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => `${font.family} ${font.weight}`);
  });
  expect(loadedFonts).toContain('Inter 700');
  expect(failed).toEqual([]);
});
