// One run of the export: read the slides, build the site if needed, print it in Chromium, finish and write the PDF.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { slugify } from '../deck/index.ts';
import { talk } from '../talk.config.ts';
import { buildIfNeeded } from './build-if-needed.ts';
import { launchChromium } from './chromium.ts';
import { loadSlides } from './deck-slides.ts';
import { finishPdf, talkFacts } from './finish-pdf.ts';
import { printDeck } from './print-deck.ts';
import { serveSite } from './serve.ts';

export interface ExportOptions {
  root: string;
  slidesDir: string;
  /** Where the site is built; the PDF goes there too unless `outFile` says otherwise. */
  distDir: string;
  outFile?: string;
  /** The handout: each slide with its speaker notes under it. */
  notes: boolean;
  log: (line: string) => void;
}

export interface ExportResult {
  file: string;
  pages: number;
  bytes: number;
}

/** dist/den-regionala-digitaliseringen.pdf, or …-anteckningar.pdf for the handout. */
export function defaultPdfName(notes: boolean): string {
  return `${slugify(talk.title)}${notes ? '-anteckningar' : ''}.pdf`;
}

export async function exportPdf(options: ExportOptions): Promise<ExportResult> {
  const slides = loadSlides(options.root, options.slidesDir);
  // Find Chromium first: its absence should not wait for a build.
  const browser = await launchChromium();
  try {
    if (await buildIfNeeded(options.root, options.slidesDir, options.distDir, slides)) options.log(`built the site in ${relative(options.root, options.distDir) || '.'}`);
    const site = await serveSite(options.distDir);
    try {
      const printed = await printDeck(browser, site.url, { slides, notes: options.notes, log: options.log });
      const finished = await finishPdf(printed, slides.map((slide) => slide.title), talkFacts(options.notes));
      const file = options.outFile ?? join(options.distDir, defaultPdfName(options.notes));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, finished);
      return { file, pages: slides.length, bytes: finished.length };
    } finally {
      await site.close();
    }
  } finally {
    await browser.close();
  }
}
