// Journey: after the event someone runs `npm run export` and passes on the talk: the slides as a
// PDF, the handout with the speaker's notes, a picture of each slide, a PowerPoint file.
import { expect } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, pngSize } from '../png.ts';
import type { Slide } from '../../src/deck/index.ts';
import { loadTalkDeck } from '../../src/talk-deck.ts';
import { openPdf, readOutline } from './pdf-inspect.ts';
import { differingShare, EXPORTED, PDF_OUTPUT_DIR, pdfInfo, pdfPageText, runExport, savePdfPage, type CommandResult } from './pdf-tools.ts';
import { openUnscaledDeck, screenshotSlide } from './screen.ts';
import { test } from './site-variants.ts';

const OUT = 'test-results/export';
/** Slides whose PNG is compared with the screen: a gradient, a photo with its box, the charts, a fragment shown. */
const COMPARED = ['den-regionala-digitaliseringen', 'sverige-ligger-efter', 'oversikt-over-sveriges-placeringar-2012-2016', 'kommer-det-att-skapas-ett-a-och-ett-b-lag'];

let run: CommandResult;
let slides: Slide[];

// One export of every format for the whole file: it is the slow part.
test.beforeAll(() => {
  test.setTimeout(240_000);
  run = runExport(['--out', OUT]);
  expect(run.status, run.stderr).toBe(0);
  slides = loadTalkDeck().slides;
});

/** Text folded for comparison: white space as one space, typographic quotes and dashes as typed. */
const fold = (text: string) => text.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/[”“]/g, '"').replace(/\s+/g, ' ').replace(/([–-]) /g, '$1').trim();

test('one command makes every format, a line per step, and sums up what it wrote', () => {
  expect(run.stdout).toMatch(
    /^read 26 slides from tests\/fixtures\/talk\/slides\n(built the site in dist\n)?slides PDF: 26 pages\nhandout: \d+ A4 pages.*\nPNG: 26 pictures of 1920 × 1080 px\nPowerPoint: 26 editable slides with notes\n\nwrote 29 files in [\d.]+ s:\n/,
  );
  for (const name of [EXPORTED.pdf, EXPORTED.handout, EXPORTED.pptx]) {
    expect(run.stdout).toMatch(new RegExp(`\\n  ${OUT}/${name.replace(/\./g, '\\.')} +[\\d.]+ (KB|MB)\\n`));
    expect(statSync(join(OUT, name)).size).toBeGreaterThan(10_000);
  }
  expect(run.stdout).toMatch(/\n {2}test-results\/export\/png\/ \(26 files\) +[\d.]+ MB\n$/);
  expect(readdirSync(join(OUT, 'png'))).toEqual(slides.map((slide, index) => `${String(index + 1).padStart(2, '0')}-${slide.id}.png`));
  // No staging folder is left behind.
  expect(readdirSync(OUT).filter((name) => name.startsWith('.'))).toEqual([]);
});

test('the handout prints the whole talk on A4, the long sources of the index overview whole', async () => {
  const file = join(OUT, EXPORTED.handout);
  const pages = Number(pdfInfo(file).get('Pages'));
  expect(pages).toBeGreaterThanOrEqual(26);
  expect(pdfInfo(file, 1).get('Page    1 size')).toMatch(/\(A4\)$/);
  const outline = readOutline(await openPdf(file));
  expect(outline.map((entry) => entry.title)).toEqual(slides.map((slide) => slide.title));

  const overview = slides.findIndex((slide) => slide.id === 'oversikt-over-sveriges-placeringar-2012-2016');
  const notes = slides[overview].notesHtml ?? '';
  // Its notes are long (277 words of sources): every one of its paragraphs and list items is printed, on its page or the next.
  expect(notes.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length).toBeGreaterThan(250);
  const first = outline[overview].page ?? -1;
  const last = overview + 1 < outline.length ? (outline[overview + 1].page ?? pages) - 1 : pages - 1;
  const printed = fold(Array.from({ length: last - first + 1 }, (_, index) => pdfPageText(file, first + index + 1)).join(' '));
  const blocks = notes.split(/<\/(?:p|li)>/).map((block) => fold(block.replace(/<[^>]+>/g, ' '))).filter(Boolean);
  expect(blocks.length).toBeGreaterThan(8);
  for (const block of blocks) expect(printed, block.slice(0, 60)).toContain(block);
  savePdfPage(file, first + 1, join(PDF_OUTPUT_DIR, 'handout-overview.png'));
});

test.describe('pictures', () => {
  test.use({ deviceScaleFactor: 1.5 });

  test('each PNG is 1920 × 1080 and the same pixels as its slide on screen', async ({ page }) => {
    for (const name of readdirSync(join(OUT, 'png'))) {
      expect(await pngSize(join(OUT, 'png', name)), name).toEqual([1920, 1080]);
    }
    await openUnscaledDeck(page);
    const differences: string[] = [];
    for (const id of COMPARED) {
      const index = slides.findIndex((slide) => slide.id === id);
      const screen = await screenshotSlide(page, index, join(PDF_OUTPUT_DIR, `${id}-screen-1.5x.png`));
      const exported = await decodePng(join(OUT, 'png', `${String(index + 1).padStart(2, '0')}-${id}.png`));
      const share = await differingShare(screen, exported, join(PDF_OUTPUT_DIR, `${id}-png-diff.png`));
      if (share > 0.005) differences.push(`${id}: ${(share * 100).toFixed(2)} % of the pixels differ`);
    }
    expect(differences).toEqual([]);
  });
});
