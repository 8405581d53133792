// Which pictures the browser's print (Ctrl+P) fetches: opened on the first slide, left until the
// network is quiet, then printed (Chromium fires `beforeprint` for page.pdf as for Ctrl+P).
import type { Browser } from '@playwright/test';
import { VIEWPORT, waitForDeck } from './page-load.ts';
import { isPicture, recordNetwork } from './network.ts';

export interface PrintFetches {
  /** Pictures fetched before printing, and those the print itself asked for. */
  beforePrint: string[];
  atPrint: string[];
}

export async function picturesAtPrint(browser: Browser, url: string): Promise<PrintFetches> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const network = await recordNetwork(await context.newCDPSession(page));
    await page.goto(url, { waitUntil: 'load' });
    await waitForDeck(page);
    const names = () => network.fetches.filter(isPicture).map((fetch) => decodeURIComponent(new URL(fetch.url).pathname.split('/').at(-1) ?? ''));
    const beforePrint = names();
    await page.pdf({ preferCSSPageSize: true });
    return { beforePrint, atPrint: names().filter((name) => !beforePrint.includes(name)) };
  } finally {
    await context.close();
  }
}
