// Playwright Test fixtures for the smoke walk: one browser per worker (its start-up is the largest
// cost), a fresh window per test, and the built site.
import { test as base } from '@playwright/test';
import type { DeckPage, Engine } from './deck-page.ts';
import { launchEngine, type EngineName } from './engines.ts';
import { serveSite } from './site.ts';

export interface EngineOptions {
  engineName: EngineName;
  /** Whether the browser asks for reduced motion (see engines.ts). */
  reduceMotion: boolean;
}

export const test = base.extend<{ deck: DeckPage }, EngineOptions & { engine: Engine; site: string }>({
  engineName: ['chromium', { option: true, scope: 'worker' }],
  reduceMotion: [true, { option: true, scope: 'worker' }],
  engine: [
    async ({ engineName, reduceMotion }, use) => {
      const engine = await launchEngine(engineName, { reducedMotion: reduceMotion });
      console.log(`${engine.version}${reduceMotion ? ', reduced motion' : ''}`);
      await use(engine);
      await engine.close();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  site: [
    async ({}, use) => {
      const { url, server } = await serveSite();
      await use(url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  deck: async ({ engine }, use) => {
    const page = await engine.newPage();
    await use(page);
    await page.close();
  },
});

export { expect } from '@playwright/test';
