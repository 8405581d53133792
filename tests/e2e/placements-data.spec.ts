// Journey: the author corrects a figure in the placements data file while the dev server runs.
import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer;
let slidesDir: string;

test.beforeAll(async () => {
  slidesDir = mkdtempSync(join(tmpdir(), 'deck-data-'));
  cpSync('slides', slidesDir, { recursive: true });
  process.env.DECK_SLIDES_DIR = slidesDir;
  server = await createServer({ configFile: 'vite.config.ts', server: { port: 0 }, logLevel: 'silent' });
  await server.listen();
});

test.afterAll(async () => {
  await server.close();
  delete process.env.DECK_SLIDES_DIR;
  rmSync(slidesDir, { recursive: true, force: true });
});

test('a changed figure redraws its chart, and a rank beyond the count ranked shows the data file line', async ({ page }) => {
  await page.goto(`${server.resolvedUrls?.local[0] ?? ''}#/oversikt-over-sveriges-placeringar-2012-2016`);
  await page.waitForFunction(() => window.Reveal?.isReady());
  const webIndex = page.locator('section.present .index-overview__card', { hasText: 'The Web Index' }).locator('.rank-chart__label');
  await expect(webIndex).toHaveText(['1/61', '1/81', '5/86']);

  const file = join(slidesDir, 'data', 'placeringar.yaml');
  const original = readFileSync(file, 'utf8');
  const entry = '- index: The Web Index\n  year: 2014\n  rank: 5\n';
  const line = original.slice(0, original.indexOf(entry)).split('\n').length + 2;

  writeFileSync(file, original.replace(entry, entry.replace('rank: 5', 'rank: 6')));
  await expect(webIndex).toHaveText(['1/61', '1/81', '6/86']);

  writeFileSync(file, original.replace(entry, entry.replace('rank: 5', 'rank: 96')));
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeAttached();
  await expect(overlay).toContainText(`data/placeringar.yaml:${line}:9`);
  await expect(overlay).toContainText('error[rank-out-of-range]  Rank 96 is larger than the 86 countries ranked');

  writeFileSync(file, original);
  await expect(overlay).not.toBeAttached();
  await page.waitForFunction(() => window.Reveal?.isReady());
  await expect(webIndex).toHaveText(['1/61', '1/81', '5/86']);
});
