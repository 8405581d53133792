// Helpers for journeys through `npm run present`: its server (the built dist/ with the relay) on
// this machine's loopback, a phone-sized context for the remote, and a raw client of the relay.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { talkOutline } from '../../src/present/outline.ts';
import { startPresentServer, type PresentServer } from '../../src/present/server.ts';
import { loadTalkDeck } from '../../src/talk-deck.ts';

const outline = talkOutline(loadTalkDeck().slides, 'dist');

/** The present server on 127.0.0.1 (tests never listen beyond this machine). */
export function startServer(options: { port?: number; secret?: string } = {}): Promise<PresentServer> {
  return startPresentServer({ distDir: 'dist', slides: outline, port: options.port ?? 0, host: '127.0.0.1', publicHost: '127.0.0.1', secret: options.secret });
}

/** A phone: 390 × 844, touch. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
}

export async function openReady(page: Page, url: string): Promise<Page> {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  return page;
}

/** A raw WebSocket to the relay, as any program on the network could open one. */
export function relayClient(server: PresentServer, key: string | null): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const url = `ws://127.0.0.1:${server.port}/relay${key === null ? '' : `?key=${encodeURIComponent(key)}`}`;
  const socket = new WebSocket(url);
  const closed = new Promise<number>((done) => socket.once('close', (code) => done(code)));
  return new Promise((done, fail) => {
    socket.once('open', () => done({ socket, closed }));
    socket.once('error', fail);
  });
}

export const slideIndex = (page: Page) => page.evaluate(() => window.Reveal.getIndices().h);
