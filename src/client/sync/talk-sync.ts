// The shared state of one talk's windows: where the deck is, the timer, high contrast, and the
// drawings. Each window holds it whole and sends it whole on every change, stamped; a window takes
// a state only if its stamp is newer than its own, so whatever arrives in whatever order, twice or
// in a flood, every window ends on the newest complete state.
import { DrawingStore } from './drawing-store.ts';
import { isNewer, readWindowMessage, type RelayMessage, type SharedState, type Stamp, type Stroke, type Welcome, type WindowMessage } from './protocol.ts';
import { connectRelay, type RelayLink, type RelayStatus } from './relay-link.ts';
import { randomId, type Session } from './session.ts';
import { clockFrom, STOPPED, timerNow, type TimerClock } from './timer-clock.ts';
import { restoreState, saveState } from './saved-state.ts';
import { openWindowChannel } from './window-channel.ts';

export interface TalkEvents {
  /** The shared state changed; `local` when this window changed it. */
  state: (state: SharedState, local: boolean) => void;
  drawing: (slide: string) => void;
  pointer: (slide: string | null, x: number, y: number) => void;
  welcome: (welcome: Welcome) => void;
  relay: (status: RelayStatus) => void;
}

export interface TalkSync {
  /** The shared state, its timer as of now. */
  state(): SharedState;
  timer(): TimerClock;
  /** Whether any window has said where the talk is yet. */
  known(): boolean;
  /** Change the state here and tell every other window. */
  change(update: (state: SharedState) => SharedState): void;
  /** The deck is ready: take its position if no window has said one yet, and answer for it from now on. */
  seed(state: SharedState): void;
  readonly drawings: DrawingStore;
  addStroke(stroke: Stroke): void;
  erase(slide: string, ids: string[]): void;
  pointer(slide: string | null, x: number, y: number): void;
  welcome(): Welcome | null;
  relayStatus(): RelayStatus | null;
  on<E extends keyof TalkEvents>(event: E, listener: TalkEvents[E]): void;
}

export const INITIAL_STATE: SharedState = {
  deck: { indexh: 0, indexv: 0, paused: false, overview: false },
  timer: STOPPED,
  contrast: false,
};

export interface TalkSyncOptions {
  session: Session;
  /** Whether to reach the windows of this browser (window-channel.ts). */
  broadcast: boolean;
  /** Names the channel apart from other talks of the same site. */
  channelScope: string;
  /** A window that shows the deck answers for where it is; the remote only follows. */
  holdsDeck: boolean;
}

export function createTalkSync({ session, broadcast, channelScope, holdsDeck }: TalkSyncOptions): TalkSync {
  const origin = randomId();
  // A window that has heard nothing yet has an empty origin, older than any real stamp.
  let stamp: Stamp = { version: 0, origin: '' };
  let shared = INITIAL_STATE;
  let clock = clockFrom(shared.timer);
  // A reloaded window keeps the talk's timer and where it was, even if it is the only window.
  const saved = holdsDeck ? restoreState() : null;
  if (saved) ({ stamp, state: shared, clock } = saved);
  const save = () => holdsDeck && saveState(stamp, shared, clock);
  let welcome: Welcome | null = null;
  // A deck window answers for its position once it knows it (seeded at ready, or told by another).
  let seeded = false;
  const drawings = new DrawingStore();
  const listeners: { [E in keyof TalkEvents]?: TalkEvents[E][] } = {};
  const emit = <E extends keyof TalkEvents>(event: E, ...args: Parameters<TalkEvents[E]>) => {
    for (const listener of listeners[event] ?? []) (listener as (...a: Parameters<TalkEvents[E]>) => void)(...args);
  };

  const state = (): SharedState => ({ ...shared, timer: timerNow(clock) });
  const stateMessage = (): WindowMessage => ({ type: 'state', stamp: ownStamp(), state: state() });
  const ownStamp = () => {
    if (!stamp.origin) stamp = { version: 0, origin };
    return stamp;
  };
  // The channel's name holds the session key: a page that does not know it cannot hear or speak.
  // A BroadcastChannel, and a link to the window that opened this one or that this one opened.
  const channel = broadcast ? openWindowChannel(`deck-talk:${channelScope}:${session.key}`) : null;
  let relay: RelayLink | null = null;
  const send = (message: WindowMessage) => {
    const text = JSON.stringify(message);
    channel?.postMessage(text);
    relay?.send(message);
  };

  const take = (incoming: Stamp, next: SharedState) => {
    if (!isNewer(incoming, stamp)) return;
    stamp = incoming;
    seeded = true;
    shared = next;
    clock = clockFrom(next.timer);
    save();
    emit('state', state(), false);
  };
  // Tell another window (or the relay) where this one is and what it has drawn.
  const replay = (reply: (message: WindowMessage) => void) => {
    if (!holdsDeck || !seeded) return;
    reply(stateMessage());
    for (const stroke of drawings.allStrokes()) reply({ type: 'stroke', stroke });
  };
  const receive = (message: RelayMessage, reply: (message: WindowMessage) => void) => {
    if (message.type === 'state') take(message.stamp, message.state);
    else if (message.type === 'hello') replay(reply);
    else if (message.type === 'stroke' && drawings.add(message.stroke)) emit('drawing', message.stroke.slide);
    else if (message.type === 'erase' && drawings.erase(message.slide, message.ids)) emit('drawing', message.slide);
    else if (message.type === 'pointer') emit('pointer', message.slide, message.x, message.y);
    else if (message.type === 'welcome') {
      welcome = message;
      emit('welcome', message);
    }
  };

  channel?.addEventListener('message', (event: MessageEvent) => {
    const message = readWindowMessage(event.data);
    if (message) receive(message, (answer) => channel.postMessage(JSON.stringify(answer)));
  });
  if (session.relay) {
    relay = connectRelay(session.key, {
      // Say where this window is (the relay keeps the newer), and what it has drawn.
      onOpen: () => {
        relay?.send({ type: 'hello' });
        replay((message) => relay?.send(message));
      },
      onMessage: (message) => receive(message, (answer) => relay?.send(answer)),
      onStatus: (status) => emit('relay', status),
    });
  }
  channel?.postMessage(JSON.stringify({ type: 'hello' }));

  return {
    state,
    timer: () => clock,
    known: () => stamp.origin !== '',
    change(update) {
      const next = update(state());
      stamp = { version: stamp.version + 1, origin };
      seeded = true;
      shared = next;
      clock = clockFrom(next.timer);
      save();
      send(stateMessage());
      emit('state', state(), true);
    },
    seed(next) {
      if (!stamp.origin) {
        shared = next;
        clock = clockFrom(next.timer);
      }
      seeded = true;
      // The relay may know no state yet (it just started): offer this one; it keeps the newer.
      replay((message) => relay?.send(message));
    },
    drawings,
    addStroke(stroke) {
      if (drawings.add(stroke)) send({ type: 'stroke', stroke });
      emit('drawing', stroke.slide);
    },
    erase(slide, ids) {
      drawings.erase(slide, ids);
      send({ type: 'erase', slide, ids });
      emit('drawing', slide);
    },
    pointer(slide, x, y) {
      send({ type: 'pointer', slide, x: Math.round(x), y: Math.round(y) });
    },
    welcome: () => welcome,
    relayStatus: () => relay?.status() ?? null,
    on(event, listener) {
      const list: TalkEvents[typeof event][] = (listeners[event] ??= []);
      list.push(listener);
    },
  };
}
