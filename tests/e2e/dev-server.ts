// A Vite dev server on a copy of slides/, started for the tests of one describe block.
import { test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { createServer, type ViteDevServer } from 'vite';
import { copySlides } from './slides-copy.ts';

export interface DevDeck {
  /** The server's address, e.g. http://localhost:5173/ (set once the block's tests start). */
  url: string;
  /** The copy of slides/ it serves, which a test may change. */
  slidesDir: string;
}

/** One dev server for the suite (dev.spec.ts): two side by side would re-optimise each other's dependencies. */
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
    delete process.env.DECK_SLIDES_DIR;
    rmSync(deck.slidesDir, { recursive: true, force: true });
  });

  return deck;
}
