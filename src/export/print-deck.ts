// Print the deck through reveal's print view in Chromium: wait for pdf-ready, check every page, make
// the slides' PDF; then, on the same page, add the notes and make the handout on A4.
import type { Page } from './cdp-page.ts';
import { SLIDE } from '../theme/tokens.ts';
import type { Slide } from '../deck/index.ts';
import { slideLocation } from './deck-slides.ts';
import { ExportError } from './errors.ts';
import { handoutCss, NOTES_SIZES } from './handout-css.ts';
import { addHandoutNotes, layoutHandout } from './handout-page.ts';
import { inspectPages, type PageReport } from './in-page.ts';

/** The handout page: the slide on top, its notes under it, in A4's proportions. */
export const HANDOUT_PAGE_HEIGHT = Math.round(SLIDE.width * Math.SQRT2);
/** A4 in CSS px (96 to the inch): the handout's page of slide-wide px is scaled down onto it. */
const A4 = { width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 };
const READY_TIMEOUT = 60_000;

export interface PrintedHandout {
  pdf: Uint8Array;
  /** How many pages each slide takes: its own, and more when its notes continue. */
  pagesPerSlide: number[];
}

/** Open reveal's print view of the site, wait until it is ready, and check every page. */
export async function openPrintView(page: Page, siteUrl: string, slides: Slide[]): Promise<void> {
  // reveal dispatches pdf-ready once, from the page's first moments: listen before any script runs.
  await page.addInitScript(`document.addEventListener('pdf-ready', () => document.documentElement.setAttribute('data-pdf-ready', ''))`);
  await page.goto(new URL('?print-pdf', siteUrl).href);
  const ready = await page.evaluate(whenReady, READY_TIMEOUT);
  if (!ready) {
    const reason = page.errors.length > 0 ? `; errors in the page: ${page.errors.join('; ')}` : '';
    throw new ExportError('print-view-failed', `reveal.js's print view was not ready (pdf-ready) within ${READY_TIMEOUT / 1000} s${reason}`, 'open ?print-pdf in the browser and look for errors in its console');
  }
  checkReports(await page.evaluate(inspectPages, { slideHeight: SLIDE.height }), slides);
  // What the page's Content Security Policy blocked: a blocked sheet would print pages of the wrong size.
  if (page.policyMessages.length > 0) {
    throw new ExportError('print-view-failed', `The page's Content Security Policy blocked something in the print view:\n${page.policyMessages.join('\n')}`, 'allow it in src/vite/csp.ts (see docs/security.md)');
  }
}

/** In the page: wait (up to `timeout` ms) for pdf-ready and the fonts; whether it came. */
async function whenReady(timeout: number): Promise<boolean> {
  const started = performance.now();
  while (!document.documentElement.hasAttribute('data-pdf-ready')) {
    if (performance.now() - started > timeout) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await document.fonts.ready;
  return true;
}

export async function printSlides(page: Page): Promise<Uint8Array> {
  return page.pdf({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true });
}

/** Add each slide's notes under it (on the open print view) and print the pages on A4. */
export async function printHandout(page: Page, siteUrl: string, slides: Slide[]): Promise<PrintedHandout> {
  // A stylesheet from the page's own origin: the deck's Content Security Policy refuses inline styles.
  const url = new URL('deck-handout.css', siteUrl).href;
  page.respond(url, 'text/css', handoutCss(HANDOUT_PAGE_HEIGHT, SLIDE.height));
  await page.evaluate(addStyleSheet, url);
  await page.evaluate(addHandoutNotes, slides.map((slide) => ({ id: slide.id, html: slide.notesHtml })));
  const pagesPerSlide = await page.evaluate(layoutHandout, { sizes: NOTES_SIZES });
  // Laid out a slide wide, printed scaled onto real A4 paper.
  const scale = A4.width / SLIDE.width;
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, scale, generateTaggedPDF: true });
  return { pdf, pagesPerSlide };
}

/** In the page: link a stylesheet and wait until it applies. */
function addStyleSheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`the stylesheet ${href} did not load`));
  });
  document.head.append(link);
  return loaded;
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
  const broken = reports.flatMap((report, index) => report.brokenPictures.map((url) => `${where(report, index)}: ${url}`));
  if (broken.length > 0) {
    throw new ExportError('print-view-failed', `Pictures that could not be read:\n${broken.join('\n')}`, 'check the files in public/images/ and build again with `npm run build`');
  }
}
