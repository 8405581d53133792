// The Chromium that prints: $CHROMIUM_PATH, else Debian's, else Playwright's own; a clear error when there is none.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';
import { ExportError } from './errors.ts';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
// Quiet start-up: no calls home, which a closed network refuses.
const QUIET_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const INSTALL_HINT = 'install Chromium (Debian: apt-get install chromium) or point to it with CHROMIUM_PATH=/path/to/chromium';

/** Launch options for Chromium; executablePath is unset when Playwright's own browser is meant. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  return { executablePath, args: QUIET_ARGS };
}

export async function launchChromium(): Promise<Browser> {
  const options = chromiumLaunchOptions();
  const path = options.executablePath ?? chromium.executablePath();
  if (!existsSync(path)) {
    const missing = options.executablePath ? `CHROMIUM_PATH points to ${path}, which does not exist` : `neither ${DEBIAN_CHROMIUM} nor Playwright's own (${path}) exists`;
    throw new ExportError('chromium-missing', `Chromium is missing: ${missing}`, INSTALL_HINT);
  }
  try {
    return await chromium.launch(options);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new ExportError('chromium-failed', `Chromium (${path}) did not start: ${reason}`, INSTALL_HINT);
  }
}
