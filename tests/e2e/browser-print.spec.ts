// Journey: someone presses Ctrl+P on the deck and gets the slides as landscape pages with their pictures.
import { expect } from '@playwright/test';
import { join } from 'node:path';
import { openDeck } from './deck.ts';
import { countTags, openPdf, readLinks } from './pdf-inspect.ts';
import { differingShare, PDF_OUTPUT_DIR, pdfInfo, renderPdfPage } from './pdf-tools.ts';
import { openUnscaledDeck, screenshotSlide } from './screen.ts';
import { test } from './site-variants.ts';

const FILE = 'test-results/browser-print/deck.pdf';
/** The layouts the browser's own print could get wrong: a picture beside text, a full-bleed photo, a step. pdf.spec.ts compares every layout as exported. */
const COMPARED = ['kort-om-mig', 'lyft-fram-gransgangarna', 'kommer-det-att-skapas-ett-a-och-ett-b-lag'];

test('printing the deck from the browser gives one landscape page per slide, as on screen', async ({ page, browser }) => {
  // 26 pages printed, three of them rendered and compared pixel by pixel with the screen: half a
  // minute on a quiet two-core machine, past the 60 s limit when others' builds and browsers share it.
  test.slow();
  await openDeck(page, './#/kort-om-mig');
  // Pictures of slides far from the current one (the last one is compared below) are fetched only
  // when the print asks for them.
  await page.waitForLoadState('networkidle');
  const farPicture = page.locator('.backgrounds .slide-background.layout-overlay').nth(-1);
  await expect(farPicture).not.toHaveAttribute('data-loaded');
  // The print dialog's default leaves "background graphics" off.
  await page.pdf({ path: FILE, printBackground: false, preferCSSPageSize: true, tagged: true });

  const info = pdfInfo(FILE);
  expect(info.get('Pages')).toBe('26');
  expect(info.get('Page size')).toBe('960 x 540 pts');
  const pdf = await openPdf(FILE);
  expect(readLinks(pdf).flat().filter((link) => link.page !== undefined)).toHaveLength(4);
  expect((countTags(pdf).get('H1') ?? 0) + (countTags(pdf).get('H2') ?? 0)).toBeGreaterThanOrEqual(26);

  // After printing the deck is as it was: the same slide, reveal's links, the other slides hidden.
  await expect(page.locator('section#kort-om-mig')).toHaveClass(/present/);
  await expect(page.locator('section#jag-tankte-prata-om-tre-saker a').first()).toHaveAttribute('href', '#/var-star-vi');
  await expect(page.locator('section#sverige-ligger-efter')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.locator('html')).not.toHaveClass(/deck-printing|print-pdf/);

  const screen = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await openUnscaledDeck(screen);
  const ids = await screen.evaluate(() => window.Reveal.getSlides().map((slide) => slide.id));
  const differences: string[] = [];
  for (const id of COMPARED) {
    const index = ids.indexOf(id);
    const shot = await screenshotSlide(screen, index, join(PDF_OUTPUT_DIR, `browser-${id}-screen.png`));
    const paper = await renderPdfPage(FILE, index + 1, join(PDF_OUTPUT_DIR, `browser-${id}-pdf.png`));
    const share = await differingShare(shot, paper, join(PDF_OUTPUT_DIR, `browser-${id}-diff.png`));
    if (share > 0.02) differences.push(`${id}: ${(share * 100).toFixed(2)} % of the pixels differ`);
  }
  expect(differences).toEqual([]);
});
