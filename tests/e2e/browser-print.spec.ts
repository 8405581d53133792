// Journey: someone presses Ctrl+P on the deck, or saves the reading view as PDF on a phone, and gets
// the slides as landscape pages with their pictures.
import { expect, type Browser } from '@playwright/test';
import { join } from 'node:path';
import { openDeck } from './deck.ts';
import { countTags, openPdf, readLinks } from './pdf-inspect.ts';
import { differingShare, PDF_OUTPUT_DIR, pdfInfo, renderPdfPage } from './pdf-tools.ts';
import { openUnscaledDeck, screenshotSlide } from './screen.ts';
import { test } from './site-variants.ts';
import { PHONE } from './views.ts';

const FILE = 'test-results/browser-print/deck.pdf';
const READING_FILE = 'test-results/browser-print/reading-view.pdf';
/** The layouts the browser's own print could get wrong: a picture beside text, a full-bleed photo, a step. pdf.spec.ts compares every layout as exported. */
const COMPARED = ['kort-om-mig', 'lyft-fram-gransgangarna', 'kommer-det-att-skapas-ett-a-och-ett-b-lag'];

test('printing from the browser, the slide show or a phone\'s reading view, gives one landscape page per slide, as on screen', async ({ page, browser }) => {
  // 52 pages printed, six of them rendered and compared pixel by pixel with the screen: half a
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

  // After printing the deck is as it was: the same slide, reveal's links, the other slides hidden.
  await expect(page.locator('section#kort-om-mig')).toHaveClass(/present/);
  await expect(page.locator('section#jag-tankte-prata-om-tre-saker a').first()).toHaveAttribute('href', '#/var-star-vi');
  await expect(page.locator('section#sverige-ligger-efter')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.locator('html')).not.toHaveClass(/deck-printing|print-pdf/);

  // The phone's narrow pages print as the slide show's: the slides at their presented size.
  const phone = await browser.newContext(PHONE.use);
  const reading = await phone.newPage();
  await openDeck(reading, PHONE.path);
  await reading.pdf({ path: READING_FILE, printBackground: false, preferCSSPageSize: true, tagged: true });
  await expect(reading.locator('section#jag-tankte-prata-om-tre-saker a').first()).toHaveAttribute('href', '#/var-star-vi');
  const pageWidth = await reading.locator('.scroll-page').first().evaluate((element) => element.getBoundingClientRect().width);
  expect(pageWidth).toBeLessThanOrEqual(PHONE.use.viewport?.width ?? 0);
  await phone.close();

  for (const file of [FILE, READING_FILE]) {
    const info = pdfInfo(file);
    expect(info.get('Pages'), file).toBe('26');
    expect(info.get('Page size'), file).toBe('960 x 540 pts');
    const pdf = await openPdf(file);
    expect(readLinks(pdf).flat().filter((link) => link.page !== undefined), file).toHaveLength(4);
    expect((countTags(pdf).get('H1') ?? 0) + (countTags(pdf).get('H2') ?? 0), file).toBeGreaterThanOrEqual(26);
  }
  expect(await differencesFromScreen(browser, { browser: FILE, reading: READING_FILE })).toEqual([]);
});

/** The compared slides of each printed PDF (by its name) against the slide show on a 1280×720 screen: what differs by more than 2 %. */
async function differencesFromScreen(browser: Browser, files: Record<string, string>): Promise<string[]> {
  const screen = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await openUnscaledDeck(screen);
  const ids = await screen.evaluate(() => window.Reveal.getSlides().map((slide) => slide.id));
  const differences: string[] = [];
  for (const id of COMPARED) {
    const index = ids.indexOf(id);
    const shot = await screenshotSlide(screen, index, join(PDF_OUTPUT_DIR, `print-screen-${id}.png`));
    for (const [name, file] of Object.entries(files)) {
      const paper = await renderPdfPage(file, index + 1, join(PDF_OUTPUT_DIR, `${name}-${id}-pdf.png`));
      const share = await differingShare(shot, paper, join(PDF_OUTPUT_DIR, `${name}-${id}-diff.png`));
      if (share > 0.02) differences.push(`${name} ${id}: ${(share * 100).toFixed(2)} % of the pixels differ`);
    }
  }
  await screen.close();
  return differences;
}
