// What reveal.js 6 does that its bundled types leave out (see shared REVEAL6.md, "type gaps"):
// declared once here, so no module casts the deck.
import 'reveal.js';

declare module 'reveal.js' {
  /** The event of 'fragmentshown' and 'fragmenthidden'. */
  interface FragmentEvent extends Event {
    fragment: HTMLElement;
    fragments: HTMLElement[];
  }
}
