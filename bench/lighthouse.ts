// Lighthouse (12.2.3, its mobile preset: a mid-range phone, simulated slow 4G and a 4× slower CPU)
// on a served page, in Debian's Chromium (or $CHROMIUM_PATH), started by chrome-launcher.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { fullChromiumLaunchOptions } from '../src/export/chromium.ts';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  blockingMs: number;
  layoutShift: number;
  /** Requests and bytes Lighthouse saw (data: URLs count as requests of their own there). */
  requests: number;
  bytes: number;
}

export interface LighthouseRun {
  figures: LighthouseFigures;
  /** The audits that scored under 0.9, with what Lighthouse says of them. */
  below: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    // $CHROMIUM_PATH, else Debian's whole Chromium, else what chrome-launcher finds.
    chromePath: process.env.CHROMIUM_PATH || fullChromiumLaunchOptions().executablePath,
    // chrome-launcher adds its own quiet defaults; these are what it lacks for root in a closed network.
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    const requests = (audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? Number.NaN;
    const below = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    const figures: LighthouseFigures = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      blockingMs: value('total-blocking-time'),
      layoutShift: value('cumulative-layout-shift'),
      requests,
      bytes: value('total-byte-weight'),
    };
    return { figures, below };
  } finally {
    chrome.kill();
  }
}
