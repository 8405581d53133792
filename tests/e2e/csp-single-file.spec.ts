// Journey: the one file, opened from file://, runs under its own policy (inline code by hash
// only) through the whole talk, its presenter view and its print view, without one violation.
import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import { readPolicy, recordViolations } from './csp-violations.ts';
import { openDeck } from './deck.ts';
import { openPresenterAtStart, walkDeck } from './presenter.ts';

/** The file that `npm run build` wrote (the browser tests' web server runs it first). */
const FILE_URL = pathToFileURL(resolve('dist-offline', SINGLE_FILE_NAME)).href;

test('the one file allows nothing but its own inline code, by hash, and data: pictures and fonts', async ({ page }) => {
  await page.goto(FILE_URL);
  const directives = await readPolicy(page);
  expect(directives.get('default-src')).toEqual(["'none'"]);
  // The bundle, and index.html's line that tells the first paint a link names a slide.
  expect(directives.get('script-src')).toEqual([expect.stringMatching(/^'sha256-[\w+/]+=*'$/), expect.stringMatching(/^'sha256-[\w+/]+=*'$/)]);
  for (const source of directives.get('style-src') ?? []) expect(source).toMatch(/^'sha256-[\w+/]+=*'$/);
  expect(directives.get('img-src')).toEqual(['data:']);
  expect(directives.get('font-src')).toEqual(['data:']);
});

test('the one file presents every slide, its presenter view and its print view with no violation', async ({ page, context }) => {
  const reports = await recordViolations(page);
  await openDeck(page, FILE_URL);
  await walkDeck(page);
  const { presenter, ids } = await openPresenterAtStart(page);
  await presenter.keyboard.press('ArrowRight');
  await expect(page.locator(`section#${ids[1]}`)).toHaveClass(/present/);

  const printed = await context.newPage();
  await printed.goto(`${FILE_URL}?print-pdf`);
  await expect(printed.locator('.pdf-page')).toHaveCount(26);
  expect(reports).toEqual([]);
});
