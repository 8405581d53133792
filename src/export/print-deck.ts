// Print the deck through reveal's print view in Chromium: wait for pdf-ready, check every page, make the PDF.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { SLIDE } from '../theme/tokens.ts';
import type { Slide } from '../deck/index.ts';
import { slideLocation } from './deck-slides.ts';
import { ExportError } from './errors.ts';
import { addHandoutNotes, inspectPage, type PageReport } from './in-page.ts';

/** The handout page: the slide on top, its notes under it, in A4's proportions. */
export const HANDOUT_PAGE_HEIGHT = Math.round(SLIDE.width * Math.SQRT2);
const READY_TIMEOUT = 60_000;

export interface PrintOptions {
  slides: Slide[];
  /** The handout: each slide with its speaker notes under it. */
  notes: boolean;
  log: (line: string) => void;
}

export async function printDeck(browser: Browser, siteUrl: string, options: PrintOptions): Promise<Uint8Array> {
  const page = await browser.newPage({ viewport: { width: SLIDE.width, height: SLIDE.height } });
  // What the page's Content Security Policy blocked: a blocked sheet would print pages of the wrong size.
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  try {
    await openPrintView(page, siteUrl);
    if (options.notes) await addHandout(page, options.slides);
    const reports: PageReport[] = [];
    const total = await page.locator('.reveal .slides .pdf-page').count();
    for (let index = 0; index < total; index++) {
      reports.push(await page.evaluate(inspectPage, { index, slideHeight: SLIDE.height }));
      options.log(`page ${index + 1}/${total}`);
    }
    checkReports(reports, options.slides);
    checkPolicy(blocked);
    return await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: false });
  } finally {
    await page.close();
  }
}

async function openPrintView(page: Page, siteUrl: string): Promise<void> {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // reveal dispatches pdf-ready once, from the page's first moments: listen before any script runs.
  await page.addInitScript(() => document.addEventListener('pdf-ready', () => document.documentElement.setAttribute('data-pdf-ready', '')));
  await page.goto(new URL('?print-pdf', siteUrl).href);
  try {
    await page.locator('html[data-pdf-ready]').waitFor({ state: 'attached', timeout: READY_TIMEOUT });
  } catch {
    const reason = pageErrors.length > 0 ? `; errors in the page: ${pageErrors.join('; ')}` : '';
    throw new ExportError('print-view-failed', `reveal.js's print view was not ready (pdf-ready) within ${READY_TIMEOUT / 1000} s${reason}`, 'open ?print-pdf in the browser and look for errors in its console');
  }
  await page.evaluate(() => document.fonts.ready);
}

async function addHandout(page: Page, slides: Slide[]): Promise<void> {
  const css = readFileSync(new URL('./handout.css', import.meta.url), 'utf8');
  const size = `:root { --handout-page-height: ${HANDOUT_PAGE_HEIGHT}px; --handout-slide-height: ${SLIDE.height}px; }
    @page { size: ${SLIDE.width}px ${HANDOUT_PAGE_HEIGHT}px; margin: 0; }`;
  // A stylesheet from the page's own origin: the deck's Content Security Policy refuses inline styles.
  const url = new URL('deck-handout.css', page.url()).href;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/css', body: `${size}\n${css}` }));
  await page.addStyleTag({ url });
  await page.evaluate(addHandoutNotes, slides.map((slide) => ({ id: slide.id, html: slide.notesHtml })));
}

function checkPolicy(blocked: string[]): void {
  if (blocked.length === 0) return;
  throw new ExportError('print-view-failed', `The page's Content Security Policy blocked something in the print view:\n${blocked.join('\n')}`, 'allow it in src/vite/csp.ts (see docs/security.md)');
}

/** Every slide must fit its page; reveal would otherwise spread it over more pages or cut it off. */
function checkReports(reports: PageReport[], slides: Slide[]): void {
  const where = (report: PageReport, index: number) => {
    const slide = slides.find((candidate) => candidate.id === report.id);
    return `  ${slide ? slideLocation(slide) : '?'}  slide ${index + 1} (#/${report.id})`;
  };
  const overflow = reports.flatMap((report, index) => {
    if (report.contentHeight > SLIDE.height + 1) return [`${where(report, index)}: the content is ${report.contentHeight} px tall, the page ${SLIDE.height} px`];
    if (report.outside.length > 0) return [`${where(report, index)}: ${report.outside.slice(0, 3).join(', ')} sticks out of the page`];
    return [];
  });
  if (overflow.length > 0) {
    throw new ExportError('slide-overflow', `${overflow.length} of ${reports.length} slides do not fit their page:\n${overflow.join('\n')}`, 'shorten the text or split the slide in two; `npm run dev` shows the slide as it will be');
  }
  const longNotes = reports.flatMap((report, index) => (report.notesOverflow ? [where(report, index)] : []));
  if (longNotes.length > 0) {
    throw new ExportError('notes-overflow', `The notes do not fit under their slide:\n${longNotes.join('\n')}`, 'shorten the notes of these slides');
  }
  const broken = reports.flatMap((report, index) => report.brokenPictures.map((url) => `${where(report, index)}: ${url}`));
  if (broken.length > 0) {
    throw new ExportError('print-view-failed', `Pictures that could not be read:\n${broken.join('\n')}`, 'check the files in public/images/ and build again with `npm run build`');
  }
}
