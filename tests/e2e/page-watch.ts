// What no journey may meet, in any window or frame it opens: an error in the console or an
// uncaught exception, a Content Security Policy violation, a request to another host.
import { expect, type Page } from '@playwright/test';
import { recordViolations } from './csp-violations.ts';

export interface PageWatch {
  /** Console errors and uncaught exceptions, each with the address of the page that had it. */
  errors: string[];
  /** CSP violations (csp-violations.ts). */
  violations: string[];
  /** Every URL asked for, websockets included. */
  requests: string[];
}

/** Start watching this page's browser context: call it before the page opens anything. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const errors: string[] = [];
  page.context().on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.page()?.url() ?? 'a worker'}: ${message.text()}`);
  });
  page.context().on('weberror', (error) => errors.push(`${error.page()?.url() ?? 'a worker'}: ${error.error().message}`));
  return { errors, violations: await recordViolations(page), requests: recordRequests(page) };
}

/** Every request that any window of this page's context makes, and every websocket it opens. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  page.context().on('page', (opened) => opened.on('websocket', (socket) => urls.push(socket.url())));
  page.on('websocket', (socket) => urls.push(socket.url()));
  return urls;
}

/** The requests to any host but the page's own (data: and blob: URLs are the page's own). */
export function otherHosts(requests: string[], origin: string): string[] {
  const host = new URL(origin).host;
  return requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).host !== host);
}

/** Nothing went wrong in any window of the run: no console error, no violation, no other host asked. */
export function expectCleanRun(watch: PageWatch, origin: string): void {
  expect(watch.errors, 'console errors and uncaught exceptions').toEqual([]);
  expect(watch.violations, 'Content Security Policy violations').toEqual([]);
  expect(otherHosts(watch.requests, origin), 'requests to other hosts').toEqual([]);
}
