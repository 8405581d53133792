// Journeys with `npm run present`: the speaker steers the projector from a phone through the real
// relay, the relay keeps out whoever lacks the secret, and the phone finds the talk again after a drop.
import { expect, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { axeViolations } from './axe.ts';
import { saveScreenshot } from './deck.ts';
import { openReady, phoneContext, relayClient, slideIndex, startServer } from './present-server.ts';
import { decodePng } from '../png.ts';
import { test } from './site-variants.ts';

const NOTES_SLIDE = 'oversikt-over-sveriges-placeringar-2012-2016';
const remoteText = (remote: Page, part: string) => remote.locator(`[data-part="${part}"]`);

test('Nästa on the phone moves the projector, the laptop steers the phone, and the remote reads well', async ({ page, browser }) => {
  const server = await startServer();
  const phone = await phoneContext(browser);
  try {
    const audience = await openReady(page, server.urls.audience);
    // The secret leaves the address bar the projector shows.
    await expect(audience).not.toHaveURL(/relay=/);
    const remote = await phone.newPage();
    await remote.goto(server.urls.remote);
    await expect(remoteText(remote, 'connection')).toHaveText('Ansluten');
    await expect(remoteText(remote, 'position')).toHaveText('Bild 1 / 26');
    await expect(remoteText(remote, 'title')).toHaveText('Den regionala digitaliseringen');
    await expect(remoteText(remote, 'next')).toHaveText('Kul att vara här!');
    await expect(remoteText(remote, 'elapsed')).toHaveText('00:00');

    await remote.getByRole('button', { name: 'Nästa', exact: true }).click();
    await expect.poll(() => slideIndex(audience)).toBe(1);
    await expect(remoteText(remote, 'position')).toHaveText('Bild 2 / 26');
    // The first step starts the timer.
    await expect(remote.getByRole('button', { name: 'Pausa tiden' })).toBeVisible();

    await audience.keyboard.press('ArrowRight');
    await expect(remoteText(remote, 'position')).toHaveText('Bild 3 / 26');
    await remote.getByRole('button', { name: 'Föregående' }).click();
    await expect.poll(() => slideIndex(audience)).toBe(1);

    // A swipe to the left is "next".
    const area = remote.locator('.remote');
    await area.dispatchEvent('pointerdown', { isPrimary: true, pointerId: 7, clientX: 300, clientY: 300 });
    await area.dispatchEvent('pointerup', { isPrimary: true, pointerId: 7, clientX: 120, clientY: 310 });
    await expect.poll(() => slideIndex(audience)).toBe(2);

    await remote.getByRole('button', { name: 'Svart skärm' }).click();
    await expect(audience.locator('.reveal')).toHaveClass(/\bpaused\b/);
    await expect(remote.getByRole('button', { name: 'Svart skärm' })).toHaveAttribute('aria-pressed', 'true');
    await audience.keyboard.press('b');
    await expect(remote.getByRole('button', { name: 'Svart skärm' })).toHaveAttribute('aria-pressed', 'false');

    await remote.getByRole('button', { name: 'Pausa tiden' }).click();
    await expect(remote.getByRole('button', { name: 'Fortsätt tiden' })).toBeVisible();
    await expect(remoteText(remote, 'elapsed')).toContainText('(pausad)');

    // The notes come from the relay: the public site has none.
    const notesAt = await audience.evaluate((id) => window.Reveal.getSlides().findIndex((slide) => slide.id === id), NOTES_SLIDE);
    await audience.evaluate((index) => window.Reveal.slide(index), notesAt);
    await expect(remoteText(remote, 'position')).toHaveText(`Bild ${notesAt + 1} / 26`);
    await expect(remoteText(remote, 'notes')).toContainText('Alla siffror finns i slides/data/placeringar.yaml');
    expect(await audience.evaluate(() => window.Reveal.getSlideNotes())).toBeFalsy();

    expect(await axeViolations(remote)).toEqual([]);
    await remote.evaluate(() => document.fonts.ready);
    await saveScreenshot(remote, 'remote-phone');
    // Keyboard: the arrow keys steer from the remote too.
    await remote.keyboard.press('ArrowRight');
    await expect.poll(() => slideIndex(audience)).toBe(notesAt + 1);
  } finally {
    await phone.close();
    await server.close();
  }
});

test('the relay lets in only this start\'s secret, drops malformed and oversized messages, and a flood ends on the newest state', async ({ page, browser }) => {
  const server = await startServer();
  const phone = await phoneContext(browser);
  try {
    const audience = await openReady(page, server.urls.audience);
    for (const key of [null, 'wrong-key-0123456789', `${server.secret}x`]) {
      const { closed } = await relayClient(server, key);
      expect(await closed, `key ${key}`).toBe(4003);
    }
    // A phone with an old or typed address is told so, and steers nothing.
    const refused = await phone.newPage();
    await refused.goto(server.urls.remote.replace(/relay=[^&#]+/, 'relay=AAAAAAAAAAAAAAAAAAAAAA'));
    await expect(remoteText(refused, 'connection')).toHaveText('Fel nyckel: skanna QR-koden i talarvyn igen.');
    await expect(refused.getByRole('button', { name: 'Nästa', exact: true })).toBeDisabled();

    const { socket } = await relayClient(server, server.secret);
    const state = (indexh: number, version: number, extra: object = {}) => ({
      type: 'state',
      stamp: { version, origin: 'test-client-0001' },
      state: { deck: { indexh, indexv: 0, paused: false, overview: false, ...extra }, timer: { running: false, elapsedMs: 0 }, contrast: false },
    });
    const malformed = [
      'not json',
      JSON.stringify({ type: 'state' }),
      JSON.stringify({ type: 'next' }),
      JSON.stringify(state(4, 1_000, { previewIframe: 'https://example.org/' })),
      JSON.stringify({ ...state(4, 1_001), html: '<img src=x onerror=alert(1)>' }),
      JSON.stringify(state(-1, 1_002)),
      JSON.stringify({ type: 'stroke', stroke: { id: 'stroke-0001', slide: 'kort-om-mig', tool: 'pen', points: new Array(40_000).fill(1) } }),
      `${JSON.stringify(state(4, 1_003))}${' '.repeat(40_000)}`,
    ];
    for (const text of malformed) socket.send(text);
    await expect.poll(() => server.relay.dropped()).toBe(malformed.length);
    expect(await slideIndex(audience)).toBe(0);
    await expect(audience.locator('.r-overlay, iframe')).toHaveCount(0);

    // 1,000 states, out of order: every window ends on the newest one.
    const versions = Array.from({ length: 1000 }, (_, i) => i + 10);
    versions.sort((a, b) => ((a * 7919) % 5003) - ((b * 7919) % 5003));
    for (const version of versions) socket.send(JSON.stringify(state(version % 20, version)));
    const newest = Math.max(...versions) % 20;
    await expect.poll(() => slideIndex(audience)).toBe(newest);
    const remote = await phone.newPage();
    await remote.goto(server.urls.remote);
    await expect(remoteText(remote, 'position')).toHaveText(`Bild ${newest + 1} / 26`);
    socket.close();
  } finally {
    await phone.close();
    await server.close();
  }
});

test('the phone picks the talk up again after the relay restarts, and the laptop presents on meanwhile', async ({ page, browser }) => {
  let server = await startServer();
  const { port, secret } = server;
  const phone = await phoneContext(browser);
  try {
    const audience = await openReady(page, server.urls.audience);
    // The presenter view shows the remote's address as a QR code, which a phone reads.
    const presenter = await openReady(await page.context().newPage(), server.urls.presenter);
    const code = presenter.getByRole('img', { name: 'QR-kod till fjärrkontrollen' });
    await expect(code).toBeVisible();
    await saveScreenshot(presenter, 'presenter-with-remote-code');
    const png = await decodePng(await code.screenshot());
    const remoteUrl = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    expect(remoteUrl).toBe(server.urls.remote);
    const remote = await phone.newPage();
    await remote.goto(remoteUrl!);
    await remote.getByRole('button', { name: 'Nästa', exact: true }).click();
    await expect.poll(() => slideIndex(audience)).toBe(1);
    await expect(presenter.locator('.presenter__position')).toHaveText('Bild 2 / 26');

    await server.close();
    await expect(presenter.locator('.presenter__remote-status')).toHaveText('Servern svarar inte: talet fortsätter här, telefonen väntar.');
    await expect(remoteText(remote, 'connection')).toHaveText('Ingen kontakt med datorn – försöker igen…');
    await expect(remote.getByRole('button', { name: 'Nästa', exact: true })).toBeDisabled();
    // The laptop's keys (and clicker) go on working without the server.
    await audience.keyboard.press('ArrowRight');
    await audience.keyboard.press('ArrowRight');
    await expect.poll(() => slideIndex(audience)).toBe(3);

    server = await startServer({ port, secret });
    await expect(remoteText(remote, 'connection')).toHaveText('Ansluten');
    await expect(remoteText(remote, 'position')).toHaveText('Bild 4 / 26');
    await remote.getByRole('button', { name: 'Nästa', exact: true }).click();
    await expect.poll(() => slideIndex(audience)).toBe(4);
  } finally {
    await phone.close();
    await server.close();
  }
});

test('a stroke drawn on the phone shows on the projector and the laptop\'s on the phone; erase, clear and the laser', async ({ page, browser }) => {
  const server = await startServer();
  const phone = await phoneContext(browser);
  try {
    const audience = await openReady(page, server.urls.audience);
    const remote = await phone.newPage();
    await remote.goto(server.urls.remote);
    await remote.getByRole('button', { name: 'Nästa', exact: true }).click();
    await expect.poll(() => slideIndex(audience)).toBe(1);
    await remote.getByRole('button', { name: 'Rita' }).click();
    const mirror = remote.frameLocator('.remote__mirror');
    // The phone loads the whole deck for it: give it time on a slow machine.
    await expect(mirror.locator('.reveal .slides > section.present')).toHaveId(await audience.evaluate(() => window.Reveal.getCurrentSlide().id), { timeout: 20_000 });
    const drawn = (where: Page | typeof mirror) => where.locator('svg.drawing g path');

    // A finger's stroke on the phone's slide.
    const box = (await remote.locator('.remote__mirror').boundingBox())!;
    await remote.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
    await remote.mouse.down();
    for (let step = 1; step <= 10; step++) await remote.mouse.move(box.x + box.width * (0.2 + step * 0.05), box.y + box.height * (0.5 + (step % 2) * 0.05));
    await remote.mouse.up();
    await expect(drawn(audience)).toHaveCount(1);
    await expect(drawn(mirror)).toHaveCount(1);

    // The laptop's highlighter, with the keys.
    await audience.keyboard.press('m');
    await expect(audience.getByRole('toolbar', { name: 'Rita på bilden' })).toBeVisible();
    await audience.mouse.move(300, 200);
    await audience.mouse.down();
    await audience.mouse.move(700, 220, { steps: 8 });
    await audience.mouse.up();
    await expect(drawn(mirror)).toHaveCount(2);
    await expect(drawn(audience).nth(1)).toHaveClass('drawing__highlighter');
    await saveScreenshot(audience, 'drawn-slide');
    await saveScreenshot(remote, 'remote-drawing');

    // The eraser takes one stroke; the next slide has its own (empty) drawing; Delete clears.
    await audience.keyboard.press('e');
    await audience.mouse.click(500, 211);
    await expect(drawn(mirror)).toHaveCount(1);
    await audience.keyboard.press('Escape');
    await expect(audience.getByRole('toolbar', { name: 'Rita på bilden' })).toBeHidden();
    await expect(audience.locator('.reveal')).not.toHaveClass(/\boverview\b/);
    await audience.keyboard.press('ArrowRight');
    await expect(drawn(mirror)).toHaveCount(0);
    await audience.keyboard.press('ArrowLeft');
    await expect(drawn(mirror)).toHaveCount(1);
    await audience.keyboard.press('Delete');
    await expect(drawn(mirror)).toHaveCount(0);

    // The laser pointer: the laptop's mouse puts a red dot on the phone's slide.
    await audience.keyboard.press('l');
    await audience.mouse.move(640, 360);
    await audience.mouse.move(650, 370);
    await expect(mirror.locator('.drawing__laser')).toHaveClass(/drawing__laser--on/);
  } finally {
    await phone.close();
    await server.close();
  }
});
