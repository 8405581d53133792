// A page of another site frames the deck (there is no frame-ancestors header on GitHub Pages):
// the deck refuses to show or be steered, and the presenter's own preview takes only its calls.
import { expect, type Frame } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDeck } from './deck.ts';
import { openPresenterFrom } from './presenter.ts';
import { test } from './site-variants.ts';

/** A page of another origin on this machine (Chromium keeps pages on the internet from framing local ones at all). */
async function serveStranger(html: string): Promise<{ url: string; close(): void }> {
  const server = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}
/** Calls another site sent the deck through reveal.js's postMessage API before it was closed. */
const CALLS = [
  { method: 'slide', args: [3] },
  { method: 'configure', args: [{ controls: false, autoSlide: 100 }] },
  { method: 'setState', args: [{ indexh: 5 }] },
  { method: 'getSlideNotes' },
  { method: 'togglePause', args: [true] },
];

test('a page of another site that frames the deck or its preview sees a note, and nothing it posts gets an answer', async ({ page, baseURL }) => {
  const stranger = await serveStranger(`<!doctype html><title>Annan</title><iframe name="deck" src="${baseURL}"></iframe><iframe name="preview" src="${baseURL}?preview"></iframe>`);
  try {
    const answers: string[] = [];
    await page.exposeFunction('heard', (data: string) => answers.push(data));
    await page.goto(stranger.url);
    await page.evaluate(() => addEventListener('message', (event) => void (window as unknown as { heard(data: string): void }).heard(String(event.data))));
    const frames = ['deck', 'preview'].map((name) => page.frame({ name }) as Frame);
    for (const frame of frames) {
      await expect(frame.getByText('Den här presentationen kan inte visas inuti en annan webbplats.')).toBeVisible();
      await expect(frame.getByRole('link', { name: 'Öppna den på egen hand' })).toHaveAttribute('target', '_top');
    }
    await page.evaluate((calls) => {
      for (const frame of Array.from(window.frames)) for (const call of calls) frame.postMessage(JSON.stringify(call), '*');
    }, CALLS);
    for (const frame of frames) {
      expect(await frame.evaluate(() => typeof window.Reveal)).toBe('undefined');
      await expect(frame.locator('.reveal')).toHaveCount(0);
    }
    // Nothing in either frame runs to answer: no reveal.js started there.
    expect(answers).toEqual([]);
  } finally {
    stranger.close();
  }
});

test('the audience window takes no calls; the preview only the presenter view\'s two, broken ones dropped without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openDeck(page, './#/kort-om-mig');
  const at = await page.evaluate(() => window.Reveal.getIndices().h);
  // Posted to itself, then a ping: once the ping is heard, the call before it was handled (or dropped).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        addEventListener('message', (event) => event.data === 'ping' && resolve());
        postMessage(JSON.stringify({ method: 'slide', args: [5] }), '*');
        postMessage('ping', '*');
      }),
  );
  expect(await page.evaluate(() => window.Reveal.getIndices().h)).toBe(at);

  const presenter = await openPresenterFrom(page);
  presenter.on('pageerror', (error) => errors.push(error.message));
  // What the preview answers (reveal.js answers every call it runs with a "callback").
  const answered = await presenter.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const frame = document.querySelector<HTMLIFrameElement>('.presenter__next iframe')?.contentWindow;
        const methods: string[] = [];
        addEventListener('message', (event) => {
          if (event.source !== frame || typeof event.data !== 'string') return;
          const message = JSON.parse(event.data) as { eventName?: string; method?: string };
          if (message.eventName !== 'callback' || !message.method) return;
          methods.push(message.method);
          // The last call posted: everything before it has been heard.
          if (message.method === 'next') resolve(methods);
        });
        const calls = [JSON.stringify({ method: 'slide', args: [0] }), JSON.stringify({ method: 'getSlideNotes' }), '{"method": "next"', '{}', JSON.stringify({ method: 'next' })];
        for (const data of calls) frame?.postMessage(data, location.origin);
      }),
  );
  // The presenter view's own setState may answer meanwhile; of the calls posted here only "next" runs.
  expect(answered.filter((method) => method !== 'setState')).toEqual(['next']);
  expect(errors).toEqual([]);
});
