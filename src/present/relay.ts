// The relay of `npm run present`: a WebSocket hub at /relay that carries the talk between the
// laptop's windows and the phone. Only a client with this start's secret is let in; each message
// is checked (src/client/sync/protocol.ts) and dropped if it is not a known one. The relay keeps
// the newest complete state and the drawings, so a phone that reconnects picks up where the talk is.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { DrawingStore } from '../client/sync/drawing-store.ts';
import { isNewer, MAX_MESSAGE_LENGTH, readWindowMessage, type SharedState, type Stamp, type Welcome, type WindowMessage } from '../client/sync/protocol.ts';
import { REFUSED_CODE } from '../client/sync/relay-link.ts';
import { clockFrom, timerNow, type TimerClock } from '../client/sync/timer-clock.ts';

export const RELAY_PATH = '/relay';

export interface Relay {
  /** Take an HTTP upgrade request; false if it is not for the relay. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** How many messages were dropped as unknown, malformed or too long. */
  dropped(): number;
  close(): void;
}

export interface RelayOptions {
  secret: string;
  /** What a client is told when it is let in. */
  welcome: Omit<Welcome, 'type'>;
}

export function createRelay({ secret, welcome }: RelayOptions): Relay {
  // A UTF-8 character takes up to 4 bytes: the schema's limit counts characters.
  const server = new WebSocketServer({ noServer: true, maxPayload: 4 * MAX_MESSAGE_LENGTH });
  const clients = new Set<WebSocket>();
  const drawings = new DrawingStore();
  let latest: { stamp: Stamp; state: SharedState; timer: TimerClock } | null = null;
  let dropped = 0;

  const send = (client: WebSocket, message: WindowMessage | Welcome) => {
    if (client.readyState === WebSocket.OPEN) client.send(JSON.stringify(message));
  };
  const toOthers = (from: WebSocket, message: WindowMessage) => {
    for (const client of clients) if (client !== from) send(client, message);
  };
  // The running timer moves on while the relay holds the state.
  const stateMessage = (): WindowMessage | null => latest && { type: 'state', stamp: latest.stamp, state: { ...latest.state, timer: timerNow(latest.timer) } };

  const receive = (client: WebSocket, message: WindowMessage) => {
    if (message.type === 'state') {
      if (!latest || isNewer(message.stamp, latest.stamp)) {
        latest = { ...message, timer: clockFrom(message.state.timer) };
        toOthers(client, message);
      } else if (isNewer(latest.stamp, message.stamp)) {
        // A client that missed changes (it was offline) is told the newer state.
        send(client, stateMessage()!);
      }
    } else if (message.type === 'hello') {
      const state = stateMessage();
      if (state) send(client, state);
    } else if (message.type === 'stroke') {
      if (drawings.add(message.stroke)) toOthers(client, message);
      else if (!drawings.strokesOf(message.stroke.slide).some((stroke) => stroke.id === message.stroke.id)) {
        // Erased (or the slide is full) while that client was away: it should drop it too.
        send(client, { type: 'erase', slide: message.stroke.slide, ids: [message.stroke.id] });
      }
    } else if (message.type === 'erase') {
      drawings.erase(message.slide, message.ids);
      toOthers(client, message);
    } else toOthers(client, message);
  };

  server.on('connection', (client: WebSocket) => {
    clients.add(client);
    client.on('close', () => clients.delete(client));
    client.on('error', () => client.terminate());
    client.on('message', (data, isBinary) => {
      const message = isBinary ? null : readWindowMessage(data.toString('utf8'));
      if (message) receive(client, message);
      else dropped++;
    });
    send(client, { type: 'welcome', ...welcome });
    const state = stateMessage();
    if (state) send(client, state);
    for (const stroke of drawings.allStrokes()) send(client, { type: 'stroke', stroke });
  });

  return {
    handleUpgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://relay');
      if (url.pathname !== RELAY_PATH) return false;
      const allowed = sameSecret(url.searchParams.get('key') ?? '', secret) && fromThisHost(request);
      server.handleUpgrade(request, socket, head, (client) => {
        // Let in to be told why: the page then stops retrying and says the key is wrong.
        if (!allowed) client.close(REFUSED_CODE, 'wrong key');
        else server.emit('connection', client, request);
      });
      return true;
    },
    dropped: () => dropped,
    close() {
      for (const client of clients) client.terminate();
      server.close();
    },
  };
}

/** Compared in constant time, so the secret cannot be guessed from how fast a wrong one fails. */
function sameSecret(given: string, secret: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** A browser says which page opened the socket: only this server's own pages may (no other site the phone visits). */
function fromThisHost(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
