import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium.ts';
import type { EngineOptions } from './tests/engines/fixtures.ts';
import { REFERENCE_PUBLIC, REFERENCE_SLIDES } from './tests/reference-talk.ts';

// The browser tests build and walk the reference talk, not slides/: the engine's journeys pass
// whatever the speaker's talk says (tests/reference-talk.ts). Set here, so the web server's build,
// the workers and the builds they start all read it.
process.env.DECK_SLIDES_DIR = REFERENCE_SLIDES;
process.env.DECK_PUBLIC_DIR = REFERENCE_PUBLIC;

// DECK_TEST_PORT lets two checkouts run their browser tests side by side. Not 4173, where
// `npm run preview` serves: the tests build and serve their own site, never one already running.
const PORT = Number(process.env.DECK_TEST_PORT ?? 4273);
/** The same build served from a sub-path, as on GitHub Pages or a shared host. */
export const SUB_PATH_URL = `http://localhost:${PORT + 1}/talks/reda/`;

export default defineConfig<EngineOptions>({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 3,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  // PLAYWRIGHT_JSON_OUTPUT_NAME=report.json adds each test's timing as JSON, for finding the slow ones.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 720 },
    // Slides change at once, so walks do not wait out reveal's transitions; the tests of motion
    // itself ask for it (keys.spec.ts).
    reducedMotion: 'reduce',
    launchOptions: chromiumLaunchOptions(),
  },
  // The whole suite in Chromium; the smoke walk in Firefox and WebKit too (docs/browsers.md).
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'firefox', testDir: 'tests/engines', use: { engineName: 'firefox', reduceMotion: true } },
    // With motion, as the audience sees it: WebKit's failure to draw a fading step needs the fade.
    { name: 'webkit', testDir: 'tests/engines', use: { engineName: 'webkit', reduceMotion: false } },
  ],
  webServer: [
    {
      // The tests run against the real build, served as a static site.
      command: `npm run build && node_modules/.bin/vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node_modules/.bin/vite preview --port ${PORT + 1} --strictPort --base /talks/reda/`,
      url: SUB_PATH_URL,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
