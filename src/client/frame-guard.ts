// The deck refuses to be framed by a page of another site, also on hosts that send no
// `frame-ancestors` header (a meta tag cannot carry it): such a page could steer reveal.js over
// postMessage or dress the deck up as its own. The frames the talk makes itself, the presenter
// view's preview (?preview) and the phone remote's slide (?mirror), may sit in a page of this same
// site; only the preview takes steering, and only from its parent window.
import { windowRole } from './window-role.ts';

/** What the presenter view may ask of its preview (src/client/presenter/next-preview.ts). */
const PREVIEW_METHODS = new Set(['setState', 'next']);

/** Whether a page of another origin has framed this one (or framed a window that is not a frame of ours). */
export function isFramedByStranger(): boolean {
  if (window.top === window.self) return false;
  const role = windowRole();
  if (role !== 'preview' && role !== 'mirror') return true;
  // From file:// the origin is opaque; a web page cannot frame a local file.
  if (location.protocol === 'file:') return false;
  try {
    return window.parent.location.origin !== location.origin;
  } catch {
    return true;
  }
}

/** Instead of the deck, a short note with a link that opens it on its own. */
export function showFramedNotice(): void {
  const notice = document.createElement('main');
  notice.className = 'framed-notice';
  const text = document.createElement('p');
  text.textContent = 'Den här presentationen kan inte visas inuti en annan webbplats. ';
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_top';
  link.rel = 'noopener';
  link.textContent = 'Öppna den på egen hand';
  text.append(link, '.');
  notice.append(text);
  document.querySelector('.reveal')?.remove();
  document.body.replaceChildren(notice);
}

/**
 * In the preview, let through to reveal.js's postMessage API only well-formed calls of the
 * presenter's methods from the parent window of this origin; everything else stops here, before
 * reveal.js (which would run any of its methods for anyone, and throw on broken JSON) sees it.
 */
export function guardPreviewMessages(): void {
  if (windowRole() !== 'preview') return;
  window.addEventListener('message', (event) => {
    const fromParent = event.source === window.parent && isThisOrigin(event.origin);
    if (!fromParent || !isPreviewCall(event.data)) event.stopImmediatePropagation();
  });
}

/**
 * Whether a message comes from this page's origin. From file:// Chromium calls this page's origin
 * "file://" and a message's "null": every local file has an opaque origin, and none of the web can post here.
 */
export function isThisOrigin(origin: string): boolean {
  if (location.protocol === 'file:') return origin === 'null' || origin === 'file://';
  return origin === location.origin;
}

function isPreviewCall(data: unknown): boolean {
  if (typeof data !== 'string' || data.length > 1000) return false;
  try {
    const call = JSON.parse(data) as { method?: unknown; args?: unknown };
    return typeof call.method === 'string' && PREVIEW_METHODS.has(call.method) && (call.args === undefined || Array.isArray(call.args));
  } catch {
    return false;
  }
}
