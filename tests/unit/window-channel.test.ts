// The link between windows that opened one another (src/client/sync/window-channel.ts), with
// stand-in windows that deliver postMessage as a browser does: a task later, naming sender and origin.
import { describe, expect, it } from 'vitest';
import { openOpenerLink } from '../../src/client/sync/window-channel.ts';

/** The window whose script runs now: a browser names it as the sender of what it posts. */
let running: FakeWindow | null = null;

class FakeWindow extends EventTarget {
  closed = false;
  readonly targets: string[] = [];
  constructor(readonly location: { protocol: string; origin: string }, public opener: FakeWindow | null = null) {
    super();
  }
  postMessage(data: unknown, targetOrigin: string): void {
    const from = running as FakeWindow;
    this.targets.push(targetOrigin);
    if (targetOrigin !== '*' && targetOrigin !== this.location.origin) return;
    setTimeout(() => this.receive(Object.assign(new Event('message'), { data, origin: from.location.origin, source: from })));
  }
  /** Deliver an event, this window's script running meanwhile. */
  receive(event: Event): void {
    running = this;
    this.dispatchEvent(event);
    running = null;
  }
}

/** Run code as the script of a window. */
function inWindow(window: FakeWindow, code: () => void): void {
  running = window;
  code();
  running = null;
}

/** A window and the one it opened. */
function windows(location = { protocol: 'file:', origin: 'file://' }) {
  const audience = new FakeWindow(location);
  return { audience, presenter: new FakeWindow(location, audience) };
}

const next = () => new Promise((done) => setTimeout(done, 5));
const as = (value: FakeWindow) => value as unknown as Window;

describe('the link between a window and the one it opened', () => {
  it('carries the opened window\'s first message to its opener, and the answer back', async () => {
    const { audience, presenter } = windows();
    const heard: unknown[] = [];
    const audienceLink = openOpenerLink('deck', as(audience));
    const presenterLink = openOpenerLink('deck', as(presenter));
    audienceLink.addEventListener('message', (event) => {
      heard.push(event.data);
      audienceLink.postMessage({ type: 'state', indexh: 3 });
    });
    presenterLink.addEventListener('message', (event) => heard.push(event.data));
    // The audience knows no window yet: this goes nowhere.
    inWindow(audience, () => audienceLink.postMessage({ type: 'state', indexh: 1 }));
    inWindow(presenter, () => presenterLink.postMessage({ type: 'hello' }));
    await next();
    await next();
    expect(heard).toEqual([{ type: 'hello' }, { type: 'state', indexh: 3 }]);
  });

  it('from a file, hears its related windows whether their origin reads "null" (WebKit, Firefox) or "file://" (Chromium)', async () => {
    const { audience, presenter } = windows();
    const heard: unknown[] = [];
    openOpenerLink('deck', as(audience)).addEventListener('message', (event) => heard.push(event.data));
    for (const origin of ['null', 'file://']) audience.receive(Object.assign(new Event('message'), { data: { 'deck-window-channel': 'deck', data: origin }, origin, source: presenter }));
    await next();
    expect(heard).toEqual(['null', 'file://']);
  });

  it('targets this origin over http, and any related window only from a file', () => {
    const web = windows({ protocol: 'https:', origin: 'https://talk.example' });
    inWindow(web.presenter, () => openOpenerLink('deck', as(web.presenter)).postMessage('hello'));
    const file = windows();
    inWindow(file.presenter, () => openOpenerLink('deck', as(file.presenter)).postMessage('hello'));
    expect([web.audience.targets, file.audience.targets]).toEqual([['https://talk.example'], ['*']]);
  });

  it('hears nothing of another channel, another origin, or a window that neither opened it nor was opened by it', async () => {
    const { audience, presenter } = windows();
    const stranger = new FakeWindow(audience.location);
    const heard: unknown[] = [];
    openOpenerLink('deck', as(audience)).addEventListener('message', (event) => heard.push(event.data));
    inWindow(presenter, () => openOpenerLink('other-deck', as(presenter)).postMessage('wrong channel'));
    audience.receive(Object.assign(new Event('message'), { data: { 'deck-window-channel': 'deck', data: 'stranger' }, origin: 'file://', source: stranger }));
    audience.receive(Object.assign(new Event('message'), { data: { 'deck-window-channel': 'deck', data: 'elsewhere' }, origin: 'https://evil.example', source: presenter }));
    await next();
    expect(heard).toEqual([]);
  });
});
