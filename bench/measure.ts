// One run of every measurement, for our deck and the stock approach side by side.
import type { Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { serveSite } from '../src/export/serve.ts';
import { measureLoad, type LoadFigures } from './page-load.ts';
import { timeOurPdf, timeStockPdf, type PdfFigures } from './pdf.ts';
import { stockBuildCommand, type StockProject } from './stock.ts';

export interface Pair<T> {
  ours: T;
  stock: T;
}

export interface Run {
  buildMs: Pair<number>;
  plain: Pair<LoadFigures>;
  throttled: Pair<LoadFigures>;
  pdf: Pair<PdfFigures>;
}

export interface Sites {
  ours: string;
  stock: string;
  close(): Promise<void>;
}

/** `npm run build` for ours (the site, the one file and the link picture), Vite for the stock page. */
export function buildBoth(root: string, stock: StockProject): Pair<number> {
  return { ours: timeCommand(['npm', 'run', '--silent', 'build'], root), stock: timeCommand(stockBuildCommand(stock), root) };
}

function timeCommand([command, ...args]: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return performance.now() - started;
}

/** Both built sites on local ports, served compressed as vite preview does. */
export async function serveBoth(root: string, stock: StockProject): Promise<Sites> {
  const [ours, other] = await Promise.all([serveSite(join(root, 'dist')), serveSite(stock.distDir)]);
  return { ours: ours.url, stock: other.url, close: async () => void (await Promise.all([ours.close(), other.close()])) };
}

export async function measureRun(browser: Browser, root: string, sites: Sites, buildMs: Pair<number>, outDir: string): Promise<Run> {
  const load = async (throttled: boolean) => ({ ours: await measureLoad(browser, sites.ours, throttled), stock: await measureLoad(browser, sites.stock, throttled) });
  const plain = await load(false);
  const throttled = await load(true);
  const pdf = { ours: timeOurPdf(root, join(outDir, 'bench-ours-pdf')), stock: await timeStockPdf(browser, sites.stock, join(outDir, 'bench-stock.pdf')) };
  return { buildMs, plain, throttled, pdf };
}
