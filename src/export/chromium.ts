// The Chromium that prints: $CHROMIUM_PATH, else Debian's headless shell, else Debian's Chromium, else
// Playwright's own; a clear error when there is none.
import { existsSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';
import { DevTools } from './cdp.ts';
import { ExportError } from './errors.ts';

/** The same engine without a browser's windows (Debian's chromium-headless-shell), as Playwright's own
 * headless Chromium is: it starts and prints in about half the time of the whole browser. */
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
// Quiet start-up: no calls home, which a closed network refuses.
const QUIET_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const INSTALL_HINT = 'install Chromium (Debian: apt-get install chromium-headless-shell, or chromium) or point to it with CHROMIUM_PATH=/path/to/chromium';

/** Launch options for Playwright (the tests, the benchmark); executablePath is unset when Playwright's own browser is meant. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env.CHROMIUM_PATH || [DEBIAN_HEADLESS_SHELL, DEBIAN_CHROMIUM].find((path) => existsSync(path));
  return { executablePath, args: QUIET_ARGS };
}

/** The whole browser, for what the headless shell lacks (a screen to keep awake): Debian's, else Playwright's. */
export function fullChromiumLaunchOptions(): LaunchOptions {
  return existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM, args: QUIET_ARGS } : { channel: 'chromium', args: QUIET_ARGS };
}

/** The Chromium to start, or the reason there is none. */
async function findChromium(): Promise<string> {
  const options = chromiumLaunchOptions();
  // Playwright's own browser, when there is no other: its driver loads only then.
  const path = options.executablePath ?? (await import('playwright-core')).chromium.executablePath();
  if (!existsSync(path)) {
    const missing = options.executablePath ? `CHROMIUM_PATH points to ${path}, which does not exist` : `neither ${DEBIAN_HEADLESS_SHELL}, ${DEBIAN_CHROMIUM} nor Playwright's own (${path}) exists`;
    throw new ExportError('chromium-missing', `Chromium is missing: ${missing}`, INSTALL_HINT);
  }
  return path;
}

async function started<T>(path: string, launch: () => Promise<T>): Promise<T> {
  try {
    return await launch();
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new ExportError('chromium-failed', `Chromium (${path}) did not start: ${reason}`, INSTALL_HINT);
  }
}

/** The export's Chromium, driven over its DevTools pipe (see cdp.ts). */
export async function launchChromium(): Promise<DevTools> {
  const path = await findChromium();
  return started(path, () => DevTools.launch(path, QUIET_ARGS));
}

/** Chromium driven by Playwright, for the build's share pictures. */
export async function launchPlaywrightChromium(): Promise<Browser> {
  const path = await findChromium();
  const { chromium } = await import('playwright-core');
  return started(path, () => chromium.launch({ executablePath: path, args: QUIET_ARGS }));
}
