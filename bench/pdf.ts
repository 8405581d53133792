// PDF export time and size: ours through `npm run pdf`, the stock page through reveal's documented
// route (?print-pdf in Chromium, printed once reveal's `pdf-ready` has fired).
import type { Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { exportName } from '../src/export/run-export.ts';

export interface PdfFigures {
  ms: number;
  bytes: number;
}

/** `npm run pdf` into outDir (a folder: the export names its files itself). */
export function timeOurPdf(root: string, outDir: string): PdfFigures {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'pdf', '--', '--out', outDir], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`npm run pdf failed:\n${result.stdout}${result.stderr}`);
  return { ms, bytes: statSync(join(outDir, exportName('pdf'))).size };
}

export async function timeStockPdf(browser: Browser, url: string, outFile: string): Promise<PdfFigures> {
  const started = performance.now();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    const ready = page.waitForEvent('console', { predicate: (message) => message.text() === 'bench:pdf-ready', timeout: 120_000 });
    await page.addInitScript(() => document.addEventListener('pdf-ready', () => console.log('bench:pdf-ready'), true));
    await page.goto(`${url}?print-pdf`, { waitUntil: 'load' });
    await ready;
    await page.pdf({ path: outFile, preferCSSPageSize: true, printBackground: true });
    return { ms: performance.now() - started, bytes: statSync(outFile).size };
  } finally {
    await page.close();
  }
}
