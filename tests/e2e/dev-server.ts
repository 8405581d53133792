// A Vite dev server on a copy of the reference talk's slides, started for the tests of one describe block.
import { test } from '@playwright/test';
import { rmSync } from 'node:fs';
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
 * A dev server for the tests of one describe block (dev.spec.ts). Blocks run one after another, so two
 * never run side by side, where they would re-optimise each other's dependencies.
 */
export function useDevServer(copy: () => string = copySlides): DevDeck {
  const deck: DevDeck = { url: '', slidesDir: '' };
  let server: ViteDevServer;

  test.beforeAll(async () => {
    deck.slidesDir = copy();
    process.env.DECK_SLIDES_DIR = deck.slidesDir;
    server = await createServer({ configFile: 'vite.config.ts', server: { port: 0 }, logLevel: 'silent' });
    await server.listen();
    deck.url = server.resolvedUrls?.local[0] ?? '';
  });

  test.afterAll(async () => {
    await server.close();
    // Back to the talk the other tests build (playwright.config.ts).
    process.env.DECK_SLIDES_DIR = REFERENCE_SLIDES;
    rmSync(deck.slidesDir, { recursive: true, force: true });
  });

  return deck;
}
