import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The test files share one module graph in worker threads: each file importing Vite, the loader
    // and the layouts anew took half the run. No test changes global state (env, mocks, timers).
    pool: 'threads',
    isolate: false,
  },
});
