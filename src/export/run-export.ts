// One run of `npm run export`: read the slides, build the site if it is stale, then make each format
// asked for: the slides' PDF and the handout from one print view, the PNGs, the PowerPoint file.
// Chromium starts once for all of them; the files move into the output folder only if all succeed.
import { join } from 'node:path';
import { slugify, type Slide } from '../deck/index.ts';
import { talk } from '../talk.config.ts';
import { buildSite, siteIsCurrent } from './build-if-needed.ts';
import { loadSlides } from './deck-slides.ts';
import { finishPdf, talkFacts } from './finish-pdf.ts';
import { Output, type WrittenFile } from './output.ts';
import { pngName, screenshotSlides } from './png.ts';
import { openPrintView, printHandout, printSlides } from './print-deck.ts';
import type { DevTools } from './cdp.ts';
import { Page } from './cdp-page.ts';
import { SLIDE } from '../theme/tokens.ts';
import type { Format } from './formats.ts';

/** The site's address inside the export's browser: requests to it are answered from the dist folder. */
const SITE_URL = 'http://deck.export.localhost/';

export interface ExportOptions {
  root: string;
  slidesDir: string;
  /** The built site, built first when it is missing or stale. */
  distDir: string;
  /** Where the files go (never inside distDir). */
  outDir: string;
  formats: Format[];
  /** The PNGs' size as a multiple of the slide's 1280 × 720 px. */
  scale: number;
  log: (line: string) => void;
}

/** The files' names: the talk's title as a slug, "-anteckningar" for the handout. */
export function exportName(format: Exclude<Format, 'png'>): string {
  const base = slugify(talk.title);
  return { pdf: `${base}.pdf`, handout: `${base}-anteckningar.pdf`, pptx: `${base}.pptx` }[format];
}

/**
 * Make the formats asked for. `starting` is Chromium on its way up (launchChromium), null when only the
 * PowerPoint file is asked for: the caller starts it before this module and the loader load, which takes
 * as long as Chromium takes to start.
 */
export async function runExport(options: ExportOptions, starting: Promise<DevTools> | null): Promise<WrittenFile[]> {
  const { formats, log } = options;
  const output = new Output(options.outDir, options.distDir);
  try {
    let slides: Slide[];
    try {
      slides = loadSlides(options.root, options.slidesDir);
    } catch (error) {
      await (await starting?.catch(() => null))?.close();
      throw error;
    }
    log(`read ${slides.length} slides from ${relativeTo(options.root, options.slidesDir)}`);
    // Looked at while Chromium starts; built only once Chromium is there: its absence is reported before any build.
    const current = !starting || siteIsCurrent(options.root, options.slidesDir, options.distDir, slides);
    const browser = await starting;
    try {
      if (browser) {
        if (!current) {
          await buildSite(options.root, options.distDir);
          log(`built the site in ${relativeTo(options.root, options.distDir)}`);
        }
        await chromiumFormats(browser, slides, options, output);
      }
      if (formats.includes('pptx')) {
        const facts = talkFacts(false);
        // pptxgenjs, JSZip and sharp load only when a PowerPoint file is asked for.
        const { writePptx } = await import('./pptx/write-pptx.ts');
        const bytes = await writePptx(slides, { imagesDir: join(options.root, process.env.DECK_PUBLIC_DIR || 'public', 'images'), facts, company: talk.organisation });
        output.write(exportName('pptx'), bytes);
        log(`PowerPoint: ${slides.length} editable slides with notes`);
      }
    } finally {
      await browser?.close();
    }
    output.commit();
    return output.written;
  } catch (error) {
    output.discard();
    throw error;
  }
}

async function chromiumFormats(browser: DevTools, slides: Slide[], options: ExportOptions, output: Output): Promise<void> {
  const { formats, log } = options;
  const titles = slides.map((slide) => slide.title);
  if (formats.includes('pdf') || formats.includes('handout')) {
    const page = await sitePage(browser, options.distDir, 1);
    try {
      await openPrintView(page, SITE_URL, slides);
      if (formats.includes('pdf')) {
        output.write(exportName('pdf'), await finishPdf(await printSlides(page), titles, talkFacts(false)));
        log(`slides PDF: ${slides.length} pages`);
      }
      if (formats.includes('handout')) {
        const handout = await printHandout(page, SITE_URL, slides);
        output.write(exportName('handout'), await finishPdf(handout.pdf, titles, talkFacts(true), new Date(), handout.pagesPerSlide));
        const longer = handout.pagesPerSlide.filter((pages) => pages > 1).length;
        log(`handout: ${handout.pagesPerSlide.reduce((sum, pages) => sum + pages, 0)} A4 pages${longer ? ` (the notes of ${longer} slide${longer === 1 ? '' : 's'} go on over the next page)` : ''}`);
      }
    } finally {
      await page.close();
    }
  }
  if (formats.includes('png')) {
    const page = await sitePage(browser, options.distDir, options.scale);
    try {
      await screenshotSlides(page, SITE_URL, slides, (index, png) => output.write(`png/${pngName(slides[index], index, slides.length)}`, png));
    } finally {
      await page.close();
    }
    log(`PNG: ${slides.length} pictures of ${Math.round(SLIDE.width * options.scale)} × ${Math.round(SLIDE.height * options.scale)} px`);
  }
}

async function sitePage(browser: DevTools, distDir: string, scale: number): Promise<Page> {
  const page = await Page.open(browser, { width: SLIDE.width, height: SLIDE.height, scale });
  await page.serve(SITE_URL, distDir);
  return page;
}

function relativeTo(root: string, path: string): string {
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}
