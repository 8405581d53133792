// The presenter's "next" box: this same page in a preview iframe, steered through reveal.js's
// postMessage API to show what the next press will show (the next slide, or this slide's next fragment).
import type { RevealApi } from 'reveal.js';
import { windowRoleUrl } from '../window-role.ts';

export interface NextPreview {
  /** Show what follows the deck's current state. */
  update(): void;
}

export function createNextPreview(deck: RevealApi, frame: HTMLIFrameElement): NextPreview {
  let ready = false;
  const post = (method: string, args: unknown[] = []) =>
    // "*": from file:// the preview's origin is opaque, and only the deck's state travels.
    frame.contentWindow?.postMessage(JSON.stringify({ method, args }), '*');

  const update = () => {
    if (!ready) return;
    const { indexh, indexv, indexf } = deck.getState();
    post('setState', [{ indexh, indexv, indexf, paused: false, overview: false }]);
    post('next');
  };

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || typeof event.data !== 'string' || !event.data.startsWith('{')) return;
    const message = JSON.parse(event.data) as { namespace?: string; eventName?: string };
    if (message.namespace === 'reveal' && message.eventName === 'ready') {
      ready = true;
      update();
    }
  });
  frame.src = windowRoleUrl('preview', window.location.href, false);
  return { update };
}
