// Journey: the speaker prints a handout on A4, each slide with its speaker notes under it; notes
// too long for the page go on over the next one.
import { expect } from '@playwright/test';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { talk } from '../../src/talk.config.ts';
import { countTags, openPdf, readOutline } from './pdf-inspect.ts';
import { EXPORTED, PDF_OUTPUT_DIR, pdfInfo, pdfPageText, runExport, savePdfPage } from './pdf-tools.ts';
import { test } from './site-variants.ts';

const SLIDES_DIR = 'tests/fixtures/pdf/handout';
const DIST = 'test-results/pdf-handout/dist';
const OUT = 'test-results/pdf-handout';
const FILE = `${OUT}/${EXPORTED.handout}`;

test('the handout puts each slide’s notes under it on A4, and long notes go on over the next page', async () => {
  test.setTimeout(180_000);
  rmSync(DIST, { recursive: true, force: true });
  const run = runExport(['--format', 'handout', '--dist', DIST, '--out', OUT], { DECK_SLIDES_DIR: SLIDES_DIR });
  expect(run.status, run.stderr).toBe(0);
  // The fixture's slides are not the talk's: the export builds them first.
  expect(run.stdout).toContain(`built the site in ${DIST}\n`);
  expect(run.stdout).toContain('handout: 6 A4 pages (the notes of 1 slide go on over the next page)\n');
  expect(existsSync(join(DIST, 'index.html'))).toBe(true);

  // The last slide has notes: reveal's own notes pages would add a blank page after it.
  const info = pdfInfo(FILE, 6);
  expect(info.get('Pages')).toBe('6');
  expect(info.get('Title')).toBe(`${talk.title} – med anteckningar`);
  for (let page = 1; page <= 6; page++) expect(info.get(`Page ${String(page).padStart(4)} size`), `page ${page}`).toMatch(/^594\.9\d x 841\.9\d pts \(A4\)$/);

  const pages = [1, 2, 3, 4, 5, 6].map((page) => pdfPageText(FILE, page));
  expect(pages[0]).toContain('UTDELNING MED ANTECKNINGAR');
  expect(pages[0]).toContain('BILD 1 AV 4 · ANTECKNINGAR');
  expect(pages[0]).toContain('Välkomna! Säg något om dagen och om Reglab: åäö ÅÄÖ.');
  expect(pages[1]).toContain('Inga anteckningar till den här bilden.');
  expect(pages[2]).toContain('BILD 3 AV 4 · ANTECKNINGAR');
  expect(pages[2]).toContain('Anteckningarna börjar här och fortsätter på nästa sida.');
  for (const page of [pages[3], pages[4]]) expect(page).toContain('BILD 3 AV 4 · ANTECKNINGAR, FORTSÄTTNING');
  expect(pages[4]).toContain('Sista meningen i de långa anteckningarna.');
  // Every point of the long notes is printed, once, in order, broken between points.
  const longNotes = pages.slice(2, 5).join(' ');
  const points = [...longNotes.matchAll(/Punkt (\d+) av de långa anteckningarna: .*? siffran \1 spelar roll\./g)].map((match) => Number(match[1]));
  expect(points).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
  expect(pages[5]).toContain('Här gav reveal.js förr en tom sida efter den sista bilden. Tack för i dag Frågor?');

  const pdf = await openPdf(FILE);
  expect(readOutline(pdf)).toEqual([
    { title: 'Utdelning med anteckningar', page: 0 },
    { title: 'Den här bilden saknar anteckningar', page: 1 },
    { title: 'Långa anteckningar', page: 2 },
    { title: 'Sista bilden har anteckningar', page: 5 },
  ]);
  expect(countTags(pdf).get('L')).toBeGreaterThanOrEqual(2);
  for (const page of [1, 3, 4, 5]) savePdfPage(FILE, page, join(PDF_OUTPUT_DIR, `handout-${page}.png`));
});
