// What a page fetches, read from the Chrome DevTools Protocol: each request with when it was sent
// and finished (ms after the page's time origin) and its bytes on the wire; and the throttling.
import type { CDPSession } from '@playwright/test';

export interface Fetch {
  url: string;
  type: string;
  /** ms after the navigation started (the page's performance.timeOrigin). */
  sentAt: number;
  finishedAt?: number;
  /** Bytes on the wire, headers included (compressed when the server compresses). */
  bytes: number;
}

/** The benchmark's slow profile: a mid-range phone on a slow mobile network. */
export const THROTTLING = { cpuSlowdown: 4, latencyMs: 150, downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000 };

export async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: THROTTLING.downloadBitsPerSecond / 8,
    uploadThroughput: THROTTLING.uploadBitsPerSecond / 8,
  });
}

export interface NetworkLog {
  fetches: Fetch[];
  /** Requests sent and not finished yet. */
  pending(): number;
  /** Call with the page's performance.timeOrigin (epoch ms) once the page is there. */
  anchor(timeOrigin: number): void;
}

/** Start recording; times are kept in the protocol's clock until anchor() maps them to the page's. */
export async function recordNetwork(cdp: CDPSession): Promise<NetworkLog> {
  const byId = new Map<string, Fetch & { sent: number; finished?: number }>();
  let wallOffset: number | undefined;
  let origin = 0;
  const toPage = (monotonic: number) => (wallOffset === undefined ? 0 : monotonic * 1000 + wallOffset - origin);
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith('data:')) return;
    // The first request's wall time ties the protocol's monotonic clock to the epoch.
    wallOffset ??= event.wallTime * 1000 - event.timestamp * 1000;
    byId.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other', sentAt: 0, bytes: 0, sent: event.timestamp });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const fetch = byId.get(event.requestId);
    if (fetch) Object.assign(fetch, { finished: event.timestamp, bytes: event.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (event) => {
    const fetch = byId.get(event.requestId);
    if (fetch) fetch.finished = event.timestamp;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    get fetches() {
      return [...byId.values()].map(({ sent, finished, ...fetch }) => ({ ...fetch, sentAt: toPage(sent), finishedAt: finished === undefined ? undefined : toPage(finished) }));
    },
    pending: () => [...byId.values()].filter((fetch) => fetch.finished === undefined).length,
    anchor(timeOrigin) {
      origin = timeOrigin;
    },
  };
}

export const sumBytes = (fetches: Fetch[]) => fetches.reduce((sum, fetch) => sum + fetch.bytes, 0);

export const isPicture = (fetch: Fetch) => fetch.type === 'Image' && !/favicon/.test(fetch.url);
