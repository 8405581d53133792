// The dev and preview servers listen on this machine only, unless asked for the network (--host).
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';

const running: (ViteDevServer | PreviewServer)[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** The port a server listens on, and the addresses it took. */
function listening(server: ViteDevServer | PreviewServer): { port: number; address: string } {
  const info = server.httpServer?.address();
  if (!info || typeof info === 'string') throw new Error('not listening');
  return { port: info.port, address: info.address };
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => done(true)).once('error', () => done(false)).once('timeout', () => done(false));
    socket.once('connect', () => socket.destroy());
  });
}

// This machine's own address on its network, if it has one.
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((face) => face && face.family === 'IPv4' && !face.internal)?.address;

// Dependencies pre-bundled into a folder of their own: the browser tests' dev servers run at the same
// time (npm test) and use the project's.
const CACHE_DIR = mkdtempSync(join(tmpdir(), 'deck-unit-vite-'));
afterAll(() => rmSync(CACHE_DIR, { recursive: true, force: true }));

// Each test starts a real server; the first loads the project's Vite config and its plugins, which
// takes 1–2 s on an idle machine and several more on a busy one: a limit of their own, far from it.
describe('servers', { timeout: 30_000 }, () => {
  test('npm run dev listens on localhost only', async () => {
    const server = await createServer({ configFile: 'vite.config.ts', cacheDir: CACHE_DIR, server: { port: 0 }, logLevel: 'silent' });
    running.push(server);
    await server.listen();
    const { port, address } = listening(server);
    expect(['127.0.0.1', '::1']).toContain(address);
    expect(server.resolvedUrls?.network).toEqual([]);
    expect(await accepts('localhost', port)).toBe(true);
    if (lanAddress) expect(await accepts(lanAddress, port)).toBe(false);
  });

  test('npm run preview listens on localhost only', async () => {
    const server = await preview({ configFile: 'vite.config.ts', preview: { port: 0 }, logLevel: 'silent' });
    running.push(server);
    const { port, address } = listening(server);
    expect(['127.0.0.1', '::1']).toContain(address);
    if (lanAddress) expect(await accepts(lanAddress, port)).toBe(false);
  });

  test('--host opens it to the network when asked', async () => {
    const server = await createServer({ configFile: 'vite.config.ts', cacheDir: CACHE_DIR, server: { port: 0, host: true }, logLevel: 'silent' });
    running.push(server);
    await server.listen();
    const { port, address } = listening(server);
    expect(['::', '0.0.0.0']).toContain(address);
    if (lanAddress) expect(await accepts(lanAddress, port)).toBe(true);
  });
});
