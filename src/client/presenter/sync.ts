// Keep every window of the talk on the same slide, fragment, black screen and overview: the
// audience's and the presenter's, in both directions. BroadcastChannel reaches windows in
// background tabs too, and pages of the same file:// file in Chromium.
import type { RevealApi } from 'reveal.js';
import { windowRole } from '../window-role.ts';

type DeckState = ReturnType<RevealApi['getState']>;
type SyncMessage = { type: 'hello' } | { type: 'state'; state: DeckState };

/** reveal.js events after which the deck's state (slide, fragment, black screen, overview) may differ. */
export const STATE_EVENTS = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed', 'overviewshown', 'overviewhidden'];

export function syncWindows(deck: RevealApi): void {
  if (windowRole() === 'preview' || typeof BroadcastChannel === 'undefined') return;
  // One channel per page address, so two decks open side by side never steer each other.
  const channel = new BroadcastChannel(`deck-sync:${window.location.pathname.replace(/index\.html$/, '')}`);
  const send = (message: SyncMessage) => channel.postMessage(message);
  // Set while this window follows another one, so it does not echo the change back.
  let following = false;

  for (const name of STATE_EVENTS) {
    deck.on(name, () => {
      if (!following && deck.isReady()) send({ type: 'state', state: deck.getState() });
    });
  }
  channel.addEventListener('message', (event: MessageEvent<SyncMessage>) => {
    if (!deck.isReady()) return;
    const message = event.data;
    if (message.type === 'hello') send({ type: 'state', state: deck.getState() });
    if (message.type === 'state' && !sameState(message.state, deck.getState())) {
      following = true;
      try {
        deck.setState(message.state);
      } finally {
        following = false;
      }
    }
  });
  // A window that opens (or reloads) takes the slide the others are on.
  deck.on('ready', () => send({ type: 'hello' }));
}

function sameState(a: DeckState, b: DeckState): boolean {
  return a.indexh === b.indexh && a.indexv === b.indexv && (a.indexf ?? -1) === (b.indexf ?? -1) && a.paused === b.paused && a.overview === b.overview;
}
