// reveal.js marks the deck role="application", which takes the arrow keys from screen readers:
// right while presenting, wrong in the reading view, which is a document to read: there the
// slides are the page's main content.
import type { RevealApi } from 'reveal.js';

export function readTheReadingViewAsADocument(deck: RevealApi): void {
  const update = () => {
    const root = deck.getRevealElement() as HTMLElement;
    if (deck.isScrollView()) root.setAttribute('role', 'main');
    else root.setAttribute('role', 'application');
  };
  // The view can change on resize, when a window narrows to phone width or widens again.
  deck.on('ready', update);
  deck.on('resize', update);
}
