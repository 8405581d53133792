// Render the link-preview picture (og:image) from the title slide, and a PNG favicon,
// by opening the finished build in headless Chromium.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { launchPlaywrightChromium } from '../export/chromium.ts';
import { fileDataUrl } from './data-url.ts';
import { FAVICON_PNG, OG_IMAGE } from './head-tags.ts';

/** The title slide as the audience sees it, without controls or progress bar, and alone (src/client/share-image-view.ts). */
export const SHARE_IMAGE_VIEW = '?view=slides&controls=false&progress=false&transition=none&share-image#/';

export async function renderShareImages(outDir: string): Promise<void> {
  const server = await preview({ configFile: false, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: 'localhost' } });
  // Without Chromium this stops the build with the export's clear message (DECK_OG_IMAGE=0 skips it).
  const browser = await launchPlaywrightChromium();
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('The preview server for the share images did not start');
    const page = await browser.newPage({ viewport: { width: OG_IMAGE.width, height: OG_IMAGE.height } });
    await page.goto(`${url}${SHARE_IMAGE_VIEW}`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    await page.evaluate(() => document.fonts.ready);
    writeFileSync(join(outDir, OG_IMAGE.file), await page.screenshot({ type: 'png' }));

    // A blank page of its own: the deck's page keeps its Content Security Policy, which refuses inline styles.
    const icon = await browser.newPage({ viewport: { width: FAVICON_PNG.size, height: FAVICON_PNG.size } });
    await icon.setContent(`<body style="margin:0"><img src="${fileDataUrl(join(outDir, 'favicon.svg'))}" width="${FAVICON_PNG.size}" height="${FAVICON_PNG.size}" alt=""></body>`);
    await icon.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(join(outDir, FAVICON_PNG.file), await icon.screenshot({ type: 'png', omitBackground: true }));
  } finally {
    await browser.close();
    await server.close();
  }
}
