// The browser tests build and serve their own site: never a server already running (a stale
// `npm run preview` on the same port was tested in its place), never on npm run preview's port.
import { expect, test } from 'vitest';
import { PREVIEW_PORT } from '../../src/cli/ports.ts';

test("the browser tests never reuse a running server, nor take npm run preview's port", async () => {
  // The config sets the reference talk's folders in the environment: keep this process's.
  const saved = { ...process.env };
  const { default: config } = await import('../../playwright.config.ts');
  process.env = saved;
  const servers = [config.webServer ?? []].flat();
  expect(servers.length).toBeGreaterThan(0);
  for (const server of servers) {
    expect(server.reuseExistingServer, server.command).toBe(false);
    expect(new URL(server.url ?? '').port, server.command).not.toBe(String(PREVIEW_PORT));
  }
});
