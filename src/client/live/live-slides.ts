// In dev, a saved slide file shows at once: the dev server sends the slides' new HTML and the deck
// takes it in place, on the same slide, instead of reloading the page (src/vite/deck-plugin.ts).
import type { RevealApi } from 'reveal.js';
import { reloadKeepingPosition } from './keep-position.ts';
import { SLIDES_EVENT } from './live-event.ts';
import { isPrintView } from '../print/print-view.ts';
import { windowRole } from '../window-role.ts';

export function takeSlidesLive(deck: RevealApi): void {
  if (!import.meta.hot) return;
  import.meta.hot.on(SLIDES_EVENT, ({ html }: { html: string }) => {
    // The presenter's windows and the print view build more around the slides.
    if (!deck.isReady() || windowRole() !== 'audience' || isPrintView()) {
      reloadKeepingPosition(deck);
      return;
    }
    const { h, v, f } = deck.getIndices();
    (deck.getSlidesElement() as HTMLElement).innerHTML = html;
    deck.sync();
    deck.slide(h, v, f);
  });
}
