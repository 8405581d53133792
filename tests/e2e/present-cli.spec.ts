// `npm run present` as the speaker runs it: the three addresses, each on its own line, a QR code,
// and a relay on the printed port that answers only to the printed secret.
import { expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { WebSocket } from 'ws';
import { test } from './site-variants.ts';

test('npm run present prints Bildspel, Talarvy and Fjärrkontroll with a QR code, and its relay answers to that secret', async () => {
  // It builds dist/ first if the sources are newer than it.
  test.setTimeout(180_000);
  const child = spawn(process.execPath, ['src/cli/launch.mjs', 'present', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  try {
    await expect.poll(() => output, { timeout: 150_000 }).toContain('Ctrl+C stops the server');
    // The QR code, drawn in half blocks.
    expect(output.split('\n').filter((row) => /[▀▄█]/.test(row)).length).toBeGreaterThan(10);
    const line = (name: string) => output.match(new RegExp(`^${name}: (http://\\S+)$`, 'm'))?.[1];
    const audience = line('Bildspel');
    const presenter = line('Talarvy');
    const remote = line('Fjärrkontroll');
    expect(audience).toMatch(/^http:\/\/[^/]+\/\?relay=[\w-]{22}$/);
    expect(presenter).toMatch(/\?presenter&relay=[\w-]{22}$/);
    expect(remote).toMatch(/\/remote\.html\?relay=[\w-]{22}$/);
    const { port, searchParams } = new URL(remote!);
    const secret = searchParams.get('relay')!;
    expect(new URL(audience!).searchParams.get('relay')).toBe(secret);

    // Only loopback is spoken to in tests: the server listens on every network, 127.0.0.1 included.
    const welcome = await new Promise<{ type: string; slides: { notes: string | null }[]; remote: string }>((done, fail) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/relay?key=${secret}`);
      socket.once('message', (data) => (done(JSON.parse(String(data))), socket.close()));
      socket.once('error', fail);
    });
    expect(welcome.type).toBe('welcome');
    expect(welcome.slides).toHaveLength(26);
    expect(welcome.slides.some((slide) => slide.notes?.includes('placeringar.yaml'))).toBe(true);
    expect(welcome.remote).toBe(remote);
  } finally {
    child.kill('SIGINT');
  }
  expect(await exited).toBe(0);
});
