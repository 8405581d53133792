// Journey: the speaker prints a handout, each slide with its speaker notes under it.
import { expect, test } from '@playwright/test';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { talk } from '../../src/talk.config.ts';
import { countTags, openPdf, readOutline } from './pdf-inspect.ts';
import { PDF_OUTPUT_DIR, pdfInfo, pdfPageText, renderPdfPage, runPdfExport } from './pdf-tools.ts';

const SLIDES_DIR = 'tests/fixtures/pdf/handout';
const DIST = 'test-results/pdf-handout/dist';
const FILE = 'test-results/pdf-handout/handout.pdf';

test('npm run pdf -- --notes puts each slide’s notes under it, one page per slide, none blank', async () => {
  test.setTimeout(180_000);
  rmSync(DIST, { recursive: true, force: true });
  const run = runPdfExport(['--notes', '--dist', DIST, '--out', FILE], { DECK_SLIDES_DIR: SLIDES_DIR });
  expect(run.status, run.stderr).toBe(0);
  // The fixture's slides are not the talk's: the export builds them first.
  expect(run.stdout).toContain(`built the site in ${DIST}\n`);
  expect(existsSync(join(DIST, 'index.html'))).toBe(true);

  // The last slide has notes: reveal's own notes pages would add a blank page after it.
  const info = pdfInfo(FILE, 3);
  expect(info.get('Pages')).toBe('3');
  expect(info.get('Title')).toBe(`${talk.title} – med anteckningar`);
  const [width, height] = (info.get('Page    1 size') ?? '').split(' x ').map(parseFloat);
  expect(height / width).toBeCloseTo(Math.SQRT2, 2);

  const pages = [1, 2, 3].map((page) => pdfPageText(FILE, page));
  expect(pages[0]).toContain('UTDELNING MED ANTECKNINGAR');
  expect(pages[0]).toContain('BILD 1 AV 3 · ANTECKNINGAR');
  expect(pages[0]).toContain('Välkomna! Säg något om dagen och om Reglab: åäö ÅÄÖ.');
  expect(pages[1]).toContain('Inga anteckningar till den här bilden.');
  expect(pages[2]).toContain('Här gav reveal.js förr en tom sida efter den sista bilden. Tack för i dag Frågor?');

  const pdf = await openPdf(FILE);
  expect(readOutline(pdf).map((entry) => entry.title)).toEqual(['Utdelning med anteckningar', 'Den här bilden saknar anteckningar', 'Sista bilden har anteckningar']);
  expect(countTags(pdf).get('L')).toBeGreaterThanOrEqual(2);
  for (const page of [1, 3]) renderPdfPage(FILE, page, join(PDF_OUTPUT_DIR, `handout-${page}.png`));
});
