// A deck built from slides made to fail the accessibility checks (tests/fixtures/a11y/slides/),
// served once per test worker: each check shows it catches its own kind of fault.
import { test as base } from '@playwright/test';
import { rmSync } from 'node:fs';
import { buildWith, serveStatic } from './builds.ts';
import { slideSources } from './slide-sources.ts';

export const BROKEN_SLIDES_DIR = 'tests/fixtures/a11y/slides';

export interface BrokenDeck {
  url: string;
  sources: Map<string, string>;
}

export const test = base.extend<object, { brokenDeck: BrokenDeck }>({
  brokenDeck: [
    async ({}, use) => {
      const build = buildWith({ DECK_SLIDES_DIR: BROKEN_SLIDES_DIR, DECK_OG_IMAGE: '0' });
      if (build.status !== 0) throw new Error(`The broken deck did not build:\n${build.output}`);
      const { url, server } = await serveStatic(build.outDir);
      await use({ url, sources: slideSources(BROKEN_SLIDES_DIR) });
      await server.close();
      rmSync(build.outDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});
