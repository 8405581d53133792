// How long a press of "Nästa" on the phone's remote takes to move the projector's window, through
// the relay of `npm run present` on this machine (loopback: the venue's Wi-Fi adds its own delay).
// Both pages read the same clock, so each delay is the audience's slide change minus the press.
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { loadTalkDeck } from '../src/talk-deck.ts';
import { talkOutline } from '../src/present/outline.ts';
import { startPresentServer } from '../src/present/server.ts';

export interface RemoteDelay {
  presses: number;
  delaysMs: number[];
  medianMs: number;
}

export async function remoteDelay(browser: Browser, root: string, presses = 15): Promise<RemoteDelay> {
  const distDir = join(root, 'dist');
  const server = await startPresentServer({ distDir, slides: talkOutline(loadTalkDeck({ root }).slides, distDir), port: 0, host: '127.0.0.1', publicHost: '127.0.0.1' });
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const audience = await laptop.newPage();
    await audience.goto(server.urls.audience);
    await audience.waitForFunction(() => window.Reveal?.isReady());
    await audience.evaluate(() => window.Reveal.on('slidechanged', () => ((window as unknown as { changedAt: number }).changedAt = Date.now())));
    const remote = await phone.newPage();
    await remote.goto(server.urls.remote);
    const next = remote.getByRole('button', { name: 'Nästa', exact: true });
    const delaysMs: number[] = [];
    for (let press = 1; press <= presses; press++) {
      await next.waitFor({ state: 'visible' });
      await remote.waitForFunction(() => !(document.querySelector('[data-part="forward"]') as HTMLButtonElement).disabled);
      const pressedAt = await remote.evaluate(() => {
        const at = Date.now();
        (document.querySelector('[data-part="forward"]') as HTMLButtonElement).click();
        return at;
      });
      await audience.waitForFunction((index) => window.Reveal.getIndices().h === index, press);
      delaysMs.push((await audience.evaluate(() => (window as unknown as { changedAt: number }).changedAt)) - pressedAt);
    }
    const sorted = [...delaysMs].sort((a, b) => a - b);
    return { presses, delaysMs, medianMs: sorted[Math.floor(sorted.length / 2)] };
  } finally {
    await phone.close();
    await laptop.close();
    await server.close();
  }
}
