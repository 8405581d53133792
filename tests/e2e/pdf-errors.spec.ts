// Journey: `npm run pdf` meets a slide too long for its page, or no Chromium, and says so clearly.
import { expect, test } from '@playwright/test';
import { existsSync, rmSync } from 'node:fs';
import { runPdfExport } from './pdf-tools.ts';

test('a slide that does not fit its page stops the export with its file, line and number', () => {
  test.setTimeout(180_000);
  const file = 'test-results/pdf-errors/too-tall.pdf';
  const run = runPdfExport(['--dist', 'test-results/pdf-errors/dist', '--out', file], { DECK_SLIDES_DIR: 'tests/fixtures/pdf/too-tall' });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^fel\[slide-overflow\] {2}1 av 2 bilder får inte plats på sin sida:$/m);
  expect(run.stderr).toMatch(/tests\/fixtures\/pdf\/too-tall\/01-for-lang\.md:7 {2}bild 2 \(#\/en-bild-med-alldeles-for-manga-punkter\): innehållet är \d+ px högt, sidan 720 px/);
  expect(run.stderr).toContain('tips: korta texten eller dela bilden i två');
  expect(existsSync(file)).toBe(false);
});

test('without Chromium the export says where it looked and how to install it', () => {
  const file = 'test-results/pdf-errors/no-chromium.pdf';
  rmSync(file, { force: true });
  const run = runPdfExport(['--out', file], { CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('fel[chromium-missing]  Chromium saknas: CHROMIUM_PATH pekar på /nonexistent/chromium, som inte finns');
  expect(run.stderr).toContain('tips: installera Chromium (Debian: apt-get install chromium)');
  expect(existsSync(file)).toBe(false);
});
