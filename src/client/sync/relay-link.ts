// The WebSocket to the relay of `npm run present`, which carries the talk between devices (the
// phone, the laptop). It reconnects by itself (a phone that slept, Wi-Fi that dropped, a relay
// that restarted), at once when the device is back online or the page is shown again.
import { readRelayMessage, type RelayMessage, type WindowMessage } from './protocol.ts';

export type RelayStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/** The relay's close code for a wrong or missing key (src/present/relay.ts). */
export const REFUSED_CODE = 4003;
const RETRY_MS = [250, 500, 1000, 2000, 4000];

export interface RelayLink {
  send(message: WindowMessage): void;
  status(): RelayStatus;
}

export interface RelayHandlers {
  /** Each time the link opens (again): time to say where this window is. */
  onOpen(): void;
  onMessage(message: RelayMessage): void;
  onStatus(status: RelayStatus): void;
}

/** The relay's address beside this page: ws://host/…/relay?key=KEY. */
export function relayUrl(key: string, href = window.location.href): string {
  const url = new URL('relay', href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = new URLSearchParams({ key }).toString();
  url.hash = '';
  return url.href;
}

export function connectRelay(key: string, handlers: RelayHandlers): RelayLink {
  let socket: WebSocket | null = null;
  let status: RelayStatus = 'connecting';
  let failures = 0;
  let retry: number | undefined;

  const setStatus = (next: RelayStatus) => {
    if (next === status) return;
    status = next;
    handlers.onStatus(next);
  };
  const open = () => {
    window.clearTimeout(retry);
    retry = undefined;
    if (status === 'refused' || (socket && socket.readyState <= WebSocket.OPEN)) return;
    const ws = new WebSocket(relayUrl(key));
    socket = ws;
    ws.addEventListener('open', () => {
      failures = 0;
      setStatus('connected');
      handlers.onOpen();
    });
    ws.addEventListener('message', (event) => {
      const message = readRelayMessage(event.data);
      if (message) handlers.onMessage(message);
    });
    ws.addEventListener('close', (event) => {
      if (socket !== ws) return;
      socket = null;
      if (event.code === REFUSED_CODE) return setStatus('refused');
      setStatus('offline');
      retry = window.setTimeout(open, RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]);
    });
  };
  // Back on the network, or the phone's screen back on: try now rather than at the next retry.
  window.addEventListener('online', open);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') open();
  });
  open();
  return {
    send(message) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
    status: () => status,
  };
}
