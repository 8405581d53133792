// Keep every window of the talk on the same slide, fragment, black screen and overview: the
// audience's, the presenter's, and with `npm run present` the phone's, in every direction.
// BroadcastChannel and the link between windows that opened one another (window-channel.ts) reach
// windows of this browser (background tabs too, and pages of the one-file deck from file://); the
// relay reaches other devices. Only the deck's own position is set,
// field by field: nothing a message says reaches reveal.js's setState (and its preview frames).
import type { RevealApi } from 'reveal.js';
import { windowRole } from '../window-role.ts';
import type { DeckPosition, SharedState } from './protocol.ts';
import { session } from './session.ts';
import { createTalkSync, type TalkSync } from './talk-sync.ts';
import { hasStarted } from './timer-clock.ts';

/** reveal.js events after which the deck's state (slide, fragment, black screen, overview) may differ. */
export const STATE_EVENTS = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed', 'overviewshown', 'overviewhidden'];
/** The events that are a step through the talk, which starts its timer. */
const STEP_EVENTS = new Set(['slidechanged', 'fragmentshown', 'fragmenthidden']);

const syncs = new WeakMap<RevealApi, TalkSync>();

/** The talk's shared state for this deck's window; null in the presenter's preview, which only shows. */
export function talkSyncOf(deck: RevealApi): TalkSync | null {
  return syncs.get(deck) ?? null;
}

export function syncWindows(deck: RevealApi): void {
  if (windowRole() === 'preview') return;
  // One channel per page address, so two decks open side by side never steer each other.
  // The phone's slide to draw on (?mirror) only follows: it never says where the talk is.
  const follower = windowRole() === 'mirror';
  const talk = createTalkSync({ session: session(), broadcast: true, channelScope: window.location.pathname.replace(/index\.html$/, ''), holdsDeck: !follower });
  syncs.set(deck, talk);
  // Set while this window follows another one, so it does not send the change back.
  let following = false;

  for (const name of STATE_EVENTS) {
    deck.on(name, () => {
      if (following || follower || !deck.isReady()) return;
      talk.change((state) => ({ ...state, deck: positionOf(deck), timer: STEP_EVENTS.has(name) && !hasStarted(state.timer) ? { running: true, elapsedMs: 0 } : state.timer }));
    });
  }
  const follow = (state: SharedState) => {
    following = true;
    try {
      applyPosition(deck, state.deck);
    } finally {
      following = false;
    }
  };
  talk.on('state', (state, local) => {
    if (!local && deck.isReady()) follow(state);
  });
  deck.on('ready', () => {
    // A window that opens takes the slide the others are on, if it has heard of one already.
    if (talk.known()) follow(talk.state());
    talk.seed({ ...talk.state(), deck: positionOf(deck) });
  });
}

export function positionOf(deck: RevealApi): DeckPosition {
  const { indexh, indexv, indexf, paused, overview } = deck.getState();
  const position: DeckPosition = { indexh: indexh ?? 0, indexv: indexv ?? 0, paused: Boolean(paused), overview: Boolean(overview) };
  if (typeof indexf === 'number') position.indexf = indexf;
  return position;
}

function applyPosition(deck: RevealApi, position: DeckPosition): void {
  const now = positionOf(deck);
  if (now.indexh !== position.indexh || now.indexv !== position.indexv || now.indexf !== position.indexf) deck.slide(position.indexh, position.indexv, position.indexf);
  if (position.paused !== deck.isPaused()) deck.togglePause(position.paused);
  if (position.overview !== deck.isOverview()) deck.toggleOverview(position.overview);
}
