// A channel between the talk's windows in one browser: a BroadcastChannel, and beside it a direct
// link between the windows that opened one another (the audience's window and the presenter view
// it opened with S), by window.opener and postMessage. WebKit delivers no BroadcastChannel message
// between two pages of a file:// file, the one-file deck, so there only the link carries them.
// Same interface as a BroadcastChannel; a message may arrive both ways, so what reads it must take
// it twice without harm (window sync: a state equal to the one shown, or older, changes nothing).

export interface WindowChannel {
  postMessage(data: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** The windows of this browser that open the channel of the same name. */
export function openWindowChannel(name: string, own: Window = window): WindowChannel {
  const channels: WindowChannel[] = [openOpenerLink(name, own)];
  if (typeof BroadcastChannel !== 'undefined') channels.push(new BroadcastChannel(name));
  return {
    postMessage: (data) => channels.forEach((channel) => channel.postMessage(data)),
    addEventListener: (type, listener) => channels.forEach((channel) => channel.addEventListener(type, listener)),
    close: () => channels.forEach((channel) => channel.close()),
  };
}

/** Marks our messages among the others a window may get (reveal's postMessage API uses the same event). */
const ENVELOPE = 'deck-window-channel';
type Envelope = { [ENVELOPE]: string; data: unknown };

/**
 * The link alone: this window's opener, and the windows that have this one as their opener once
 * they have said something (a window opened later, or before this one was reloaded, makes itself
 * known by its first message). Only messages of the same channel name from such windows, of this
 * page's origin, arrive.
 */
export function openOpenerLink(name: string, own: Window = window): WindowChannel {
  const peers = new Set<Window>();
  if (own.opener) peers.add(own.opener as Window);
  const listeners = new Set<(event: MessageEvent) => void>();
  // A file:// page's origin cannot be named as a target: any window related as above may read it
  // then, and its messages come from origin "null" (WebKit, Firefox) or "file://" (Chromium).
  const web = /^https?:$/.test(own.location.protocol);
  const targetOrigin = web ? own.location.origin : '*';
  const ownOrigin = (origin: string) => origin === own.location.origin || (!web && origin === 'null');

  const receive = (event: MessageEvent) => {
    const source = event.source as Window | null;
    const envelope = event.data as Partial<Envelope> | null;
    if (!source || !ownOrigin(event.origin) || envelope?.[ENVELOPE] !== name || !related(source, own)) return;
    peers.add(source);
    const message = new MessageEvent('message', { data: envelope.data });
    listeners.forEach((listener) => listener(message));
  };
  own.addEventListener('message', receive);
  return {
    postMessage(data) {
      for (const peer of peers) {
        if (peer.closed) peers.delete(peer);
        else peer.postMessage({ [ENVELOPE]: name, data } satisfies Envelope, targetOrigin);
      }
    },
    addEventListener: (_type, listener) => void listeners.add(listener),
    close() {
      own.removeEventListener('message', receive);
      peers.clear();
      listeners.clear();
    },
  };
}

/** Whether one of the two windows opened the other (opener may be read across origins). */
function related(other: Window, own: Window): boolean {
  try {
    return other === own.opener || other.opener === own;
  } catch {
    return false;
  }
}
