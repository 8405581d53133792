// The relay of `npm run present`, spoken to as any program on the network could: only this start's
// secret gets in, only known messages pass, and a late client gets the newest state and the drawings.
import { createServer, type Server } from 'node:http';
import { afterEach, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { createRelay, type Relay } from '../../src/present/relay.ts';

const SECRET = 'relay-test-secret-0123';
const running: { server: Server; relay: Relay }[] = [];
afterEach(() => {
  for (const { server, relay } of running.splice(0)) {
    relay.close();
    server.close();
  }
});

async function startRelay(): Promise<number> {
  const relay = createRelay({ secret: SECRET, welcome: { slides: [{ id: 'a', title: 'A', fragments: 0, notes: '<p>Not</p>' }], remote: 'http://127.0.0.1/remote.html?relay=x' } });
  const server = createServer();
  server.on('upgrade', (request, socket, head) => relay.handleUpgrade(request, socket, head) || socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  running.push({ server, relay });
  return (server.address() as { port: number }).port;
}

/** A client and every message it receives, parsed. */
function connect(port: number, key: string, headers: Record<string, string> = {}) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/relay?key=${key}`, { headers });
  const received: { type: string; [key: string]: unknown }[] = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data))));
  const closed = new Promise<number>((done) => socket.on('close', (code) => done(code)));
  const opened = new Promise<void>((done) => socket.on('open', () => done()));
  return { socket, received, closed, opened };
}

const state = (indexh: number, version: number) => ({ type: 'state', stamp: { version, origin: 'client-0001' }, state: { deck: { indexh, indexv: 0, paused: false, overview: false }, timer: { running: true, elapsedMs: 1000 }, contrast: false } });

test('a wrong key, a missing one, or another site\'s page is closed with 4003 before any message', async () => {
  const port = await startRelay();
  expect(await connect(port, 'wrong').closed).toBe(4003);
  expect(await connect(port, '').closed).toBe(4003);
  expect(await connect(port, SECRET, { Origin: 'http://evil.example' }).closed).toBe(4003);
});

test('the newest state wins, older ones are answered with it, and a late client gets it and the strokes', async () => {
  const port = await startRelay();
  const first = connect(port, SECRET);
  await first.opened;
  await expect.poll(() => first.received.map((message) => message.type)).toEqual(['welcome']);
  first.socket.send(JSON.stringify(state(3, 10)));
  first.socket.send(JSON.stringify({ type: 'stroke', stroke: { id: 'stroke-0001', slide: 'a', tool: 'pen', points: [1, 2, 3, 4] } }));
  first.socket.send(JSON.stringify(state(1, 5)));
  await expect.poll(() => first.received.filter((message) => message.type === 'state').length).toBe(1);
  expect(first.received.at(-1)).toMatchObject({ type: 'state', stamp: { version: 10 } });

  const late = connect(port, SECRET);
  await expect.poll(() => late.received.map((message) => message.type)).toEqual(['welcome', 'state', 'stroke']);
  expect(late.received[1]).toMatchObject({ state: { deck: { indexh: 3 } } });
  // The timer ran on while the relay held the state.
  expect((late.received[1].state as { timer: { elapsedMs: number } }).timer.elapsedMs).toBeGreaterThanOrEqual(1000);
  first.socket.close();
  late.socket.close();
});
