// One run of every measurement: our deck beside the stock approach, and beside Marp's page of the
// same talk for the first load (loads taken by turns, so both see the same machine).
import type { Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { serveSite } from '../src/export/serve.ts';
import type { MarpSite } from './marp-site.ts';
import { measureLoad, type LoadFigures, type LoadProfile, type LoadTarget } from './page-load.ts';
import { timeOurPdf, timeStockPdf, type PdfFigures } from './pdf.ts';
import { stockBuildCommand, type StockProject } from './stock.ts';

export interface Pair<T> {
  ours: T;
  stock: T;
}

export interface Versus<T> {
  ours: T;
  marp: T;
}

export interface Run {
  buildMs: Pair<number>;
  plain: Pair<LoadFigures>;
  throttled: Pair<LoadFigures>;
  /** On the slow profile, in a computer's window (1280×720) and on a phone (412×823). */
  marp: { throttled: Versus<LoadFigures>; phone: Versus<LoadFigures> };
  pdf: Pair<PdfFigures>;
}

export interface Sites {
  ours: string;
  stock: string;
  marp: string;
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

/** The three built sites on local ports, served compressed as vite preview does. */
export async function serveAll(root: string, stock: StockProject, marp: MarpSite): Promise<Sites> {
  const servers = await Promise.all([serveSite(join(root, 'dist')), serveSite(stock.distDir), serveSite(marp.dir)]);
  const [ours, other, peer] = servers;
  return { ours: ours.url, stock: other.url, marp: new URL(marp.page, peer.url).href, close: async () => void (await Promise.all(servers.map((server) => server.close()))) };
}

export async function measureRun(browser: Browser, root: string, sites: Sites, buildMs: Pair<number>, outDir: string): Promise<Run> {
  const ours: LoadTarget = { url: sites.ours, ready: 'deck' };
  const stock: LoadTarget = { url: sites.stock, ready: 'deck' };
  // Marp's page has no reveal.js: it is ready at its load event.
  const marp: LoadTarget = { url: sites.marp, ready: 'load' };
  const load = (target: LoadTarget, profile: LoadProfile) => measureLoad(browser, target, profile);
  const plain = { ours: await load(ours, 'plain'), stock: await load(stock, 'plain') };
  // On the slow profile ours loads once, then the stock page and Marp's, by turns.
  const oursThrottled = await load(ours, 'throttled');
  const throttled = { ours: oursThrottled, stock: await load(stock, 'throttled') };
  const marpThrottled = { ours: oursThrottled, marp: await load(marp, 'throttled') };
  const marpPhone = { ours: await load(ours, 'phone'), marp: await load(marp, 'phone') };
  const pdf = { ours: timeOurPdf(root, join(outDir, 'bench-ours-pdf')), stock: await timeStockPdf(browser, sites.stock, join(outDir, 'bench-stock.pdf')) };
  return { buildMs, plain, throttled, marp: { throttled: marpThrottled, phone: marpPhone }, pdf };
}
