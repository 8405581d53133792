// In dev: the time from saving a slide file to the change being visible on the slide shown.
import type { Browser } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type InlineConfig } from 'vite';
import { VIEWPORT } from './page-load.ts';

export interface EditTarget {
  /** The dev server's settings (ours: vite.config.ts with DECK_SLIDES_DIR; stock: its folder). */
  server: InlineConfig;
  /** Set while the server starts (vite.config.ts reads DECK_SLIDES_DIR). */
  env?: Record<string, string>;
  /** The file the author saves, and the text on the slide shown that the edit changes. */
  file: string;
  text: string;
  /** The page address after the server's, e.g. `#/kort-om-mig`. */
  hash: string;
}

/** Edit the slide `times` times; ms from each save to the new text showing on the current slide. */
export async function timeEdits(browser: Browser, target: EditTarget, times: number): Promise<number[]> {
  const saved = Object.entries(target.env ?? {}).map(([name]) => [name, process.env[name]] as const);
  Object.assign(process.env, target.env);
  const server = await createServer({ ...target.server, server: { port: 0, host: 'localhost' }, logLevel: 'silent' });
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await server.listen();
  const page = await browser.newPage({ viewport: VIEWPORT });
  const original = readFileSync(target.file, 'utf8');
  try {
    await page.goto(`${server.resolvedUrls?.local[0]}${target.hash}`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    const timings: number[] = [];
    for (let edit = 1; edit <= times; edit++) {
      const text = `${target.text} (${edit})`;
      const started = performance.now();
      writeFileSync(target.file, original.replace(target.text, text));
      await page.locator('.reveal .slides section.present', { hasText: text }).first().waitFor({ state: 'visible', timeout: 30_000 });
      timings.push(performance.now() - started);
    }
    return timings;
  } finally {
    writeFileSync(target.file, original);
    await page.close();
    await server.close();
  }
}
