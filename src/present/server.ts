// The server of `npm run present`: the built talk (dist/) on the local network, with the relay
// beside it on the same port. Nothing in it reaches beyond this machine: it works without internet.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { preview } from 'vite';
import type { OutlineSlide } from '../client/sync/protocol.ts';
import { networkAddresses, presentUrls, type PresentUrls } from './addresses.ts';
import { createRelay, type Relay } from './relay.ts';

export interface PresentOptions {
  distDir: string;
  slides: OutlineSlide[];
  /** 0 picks a free port. */
  port: number;
  /** Where to listen: every network of this machine by default. */
  host?: string;
  /** Made at random for each start unless given (the tests restart a relay with the same one). */
  secret?: string;
  /** The host the printed addresses use; this machine's network address by default. */
  publicHost?: string;
}

export interface PresentServer {
  urls: PresentUrls;
  secret: string;
  port: number;
  relay: Relay;
  close(): Promise<void>;
}

/** 128 random bits, as URL-safe text. */
export function makeSecret(): string {
  return randomBytes(16).toString('base64url');
}

export async function startPresentServer(options: PresentOptions): Promise<PresentServer> {
  const secret = options.secret ?? makeSecret();
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: options.distDir },
    preview: { host: options.host ?? '0.0.0.0', port: options.port, strictPort: true, open: false },
  });
  const http = server.httpServer as Server;
  const info = http.address();
  if (!info || typeof info === 'string') throw new Error('The server did not report its port');
  const publicHost = options.publicHost ?? networkAddresses()[0] ?? 'localhost';
  const urls = presentUrls(publicHost, info.port, secret);
  const relay = createRelay({ secret, welcome: { slides: options.slides, remote: urls.remote } });
  http.on('upgrade', (request, socket, head) => {
    if (!relay.handleUpgrade(request, socket, head)) socket.destroy();
  });
  return {
    urls,
    secret,
    port: info.port,
    relay,
    async close() {
      relay.close();
      // Open keep-alive connections of the windows would hold the server open.
      http.closeAllConnections();
      await server.close();
    },
  };
}
