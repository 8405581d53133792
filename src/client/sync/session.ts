// The per-session key that makes windows "of this talk": only windows that know it hear each
// other. A window gets it from its address (?session=…, or ?relay=… from `npm run present`, which
// also asks for the relay), keeps it for its tab and takes it out of the address bar (the
// projector shows that bar); a window without one makes a random key and hands it to the windows it opens.
import { windowRole } from '../window-role.ts';

export interface Session {
  key: string;
  /** Whether this window talks to the relay of `npm run present` (devices on the network). */
  relay: boolean;
}

const STORAGE_KEY = 'deck:session';
/** The address parameters: ?session=KEY for windows of one browser, ?relay=KEY with the relay. */
export const SESSION_PARAM = 'session';
export const RELAY_PARAM = 'relay';
const KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

let current: Session | null = null;

/**
 * This window's session: from its address, else from its tab's earlier page, else a new one.
 * The phone's remote keeps the key in its address, so a reload or a reopened tab still has it.
 */
export function session({ keepInAddress = false } = {}): Session {
  current ??= readSession(keepInAddress);
  return current;
}

function readSession(keepInAddress: boolean): Session {
  const url = new URL(window.location.href);
  const relayKey = url.searchParams.get(RELAY_PARAM);
  const key = relayKey ?? url.searchParams.get(SESSION_PARAM);
  let found: Session | null = key && KEY_PATTERN.test(key) ? { key, relay: relayKey !== null } : null;
  if (!keepInAddress && (url.searchParams.has(RELAY_PARAM) || url.searchParams.has(SESSION_PARAM))) {
    url.searchParams.delete(RELAY_PARAM);
    url.searchParams.delete(SESSION_PARAM);
    // "?presenter", not "?presenter=": as windowRoleUrl writes it.
    window.history.replaceState(window.history.state, '', url.href.replace(/=(?=&|#|$)/g, ''));
  }
  found ??= stored();
  const chosen = found ?? { key: randomId(), relay: false };
  // The preview in the presenter view is a picture of this page: it has no session of its own.
  if (windowRole() !== 'preview') sessionStorage.setItem(STORAGE_KEY, JSON.stringify(chosen));
  return chosen;
}

function stored(): Session | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Session> | null;
    if (value && typeof value.key === 'string' && KEY_PATTERN.test(value.key)) return { key: value.key, relay: value.relay === true };
  } catch {
    // Unreadable: start a new session.
  }
  return null;
}

/** An address of this talk for another window of this session. */
export function withSession(href: string): string {
  const url = new URL(href);
  const { key, relay } = session();
  url.searchParams.set(relay ? RELAY_PARAM : SESSION_PARAM, key);
  return url.href.replace(/=(?=&|#|$)/g, '');
}

/** A random id for a window, a stroke or a key: 128 bits, base64url. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
