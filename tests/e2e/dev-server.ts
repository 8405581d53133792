// A Vite dev server on a copy of the reference talk's slides, started for the tests of one describe block.
import { test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { REFERENCE_SLIDES } from '../reference-talk.ts';
import { copySlides } from './slides-copy.ts';

export interface DevDeck {
  /** The server's address, e.g. http://localhost:5173/ (set once the block's tests start). */
  url: string;
  /** The copy of slides/ it serves, which a test may change. */
  slidesDir: string;
}

/**
 * `ownCache` gives the server a dependency cache of its own, so that two dev servers in tests running
 * side by side never re-optimise each other's; it costs a first optimisation on every run.
 */
export function useDevServer(copy: () => string = copySlides, { ownCache = false } = {}): DevDeck {
  const deck: DevDeck = { url: '', slidesDir: '' };
  let server: ViteDevServer;
  let cacheDir: string | undefined;

  test.beforeAll(async () => {
    deck.slidesDir = copy();
    process.env.DECK_SLIDES_DIR = deck.slidesDir;
    // Outside the slides folder, whose every change reloads the page.
    cacheDir = ownCache ? mkdtempSync(join(tmpdir(), 'deck-vite-cache-')) : undefined;
    server = await createServer({ configFile: 'vite.config.ts', cacheDir, server: { port: 0 }, logLevel: 'silent' });
    await server.listen();
    deck.url = server.resolvedUrls?.local[0] ?? '';
  });

  test.afterAll(async () => {
    await server.close();
    process.env.DECK_SLIDES_DIR = REFERENCE_SLIDES;
    for (const dir of [deck.slidesDir, cacheDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  return deck;
}
