// The presenter's "next" box: this same page in a preview iframe, steered through reveal.js's
// postMessage API to show what the next press will show (the next slide, or this slide's next fragment).
import type { RevealApi } from 'reveal.js';
import { isThisOrigin } from '../frame-guard.ts';
import { windowRoleUrl } from '../window-role.ts';

export interface NextPreview {
  /** Show what follows the deck's current state. */
  update(): void;
}

export function createNextPreview(deck: RevealApi, frame: HTMLIFrameElement): NextPreview {
  let ready = false;
  // From file:// the preview's origin is opaque ("null"), and only "*" reaches it; only the deck's state travels.
  const target = location.protocol === 'file:' ? '*' : location.origin;
  const post = (method: string, args: unknown[] = []) => frame.contentWindow?.postMessage(JSON.stringify({ method, args }), target);

  const update = () => {
    if (!ready) return;
    const { indexh, indexv, indexf } = deck.getState();
    post('setState', [{ indexh, indexv, indexf, paused: false, overview: false }]);
    post('next');
  };

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || !isThisOrigin(event.origin) || typeof event.data !== 'string') return;
    if (readEventName(event.data) === 'ready') {
      ready = true;
      update();
    }
  });
  frame.src = windowRoleUrl('preview', window.location.href, false);
  return { update };
}

/** The reveal.js event a message from the preview names, if it is one. */
function readEventName(data: string): string | null {
  try {
    const message = JSON.parse(data) as { namespace?: unknown; eventName?: unknown };
    return message.namespace === 'reveal' && typeof message.eventName === 'string' ? message.eventName : null;
  } catch {
    return null;
  }
}
