// The phone's remote (remote.html, opened from the QR code of `npm run present`): steer the talk
// with Föregående and Nästa (or a swipe), black the screen, pause the timer, draw on the slide.
// It sends whole states through the relay (steps.ts), so a press that arrives twice does no harm.
// The phone's own fonts: the remote needs none of the slides' (and shares no sheet with the talk's page, whose styles are one inline sheet).
import 'virtual:deck/tokens.css';
import './remote.css';
import type { SharedState } from '../sync/protocol.ts';
import { session } from '../sync/session.ts';
import { createTalkSync } from '../sync/talk-sync.ts';
import { hasStarted, withTimerToggled } from '../sync/timer-clock.ts';
import { findRemoteParts } from './parts.ts';
import { nextPosition, previousPosition } from './steps.ts';
import { onSwipe } from './swipe.ts';
import { showTalk, showTime } from './view.ts';
import { toggleDrawing } from './drawing-panel.ts';

const parts = findRemoteParts();
const own = session({ keepInAddress: true });
const talk = createTalkSync({ session: own, broadcast: false, channelScope: '', holdsDeck: false });

const render = () =>
  showTalk(parts, {
    slides: talk.welcome()?.slides ?? null,
    state: talk.known() ? talk.state() : null,
    status: own.relay ? (talk.relayStatus() ?? 'connecting') : 'refused',
  });
const tick = () => showTime(parts, talk.known() ? talk.timer() : null);

/** Change the talk's state from here; a step forward or back starts the timer, as on the laptop. */
const press = (change: (state: SharedState) => SharedState) => {
  if (!talk.known() || !talk.welcome() || talk.relayStatus() !== 'connected') return;
  talk.change(change);
  navigator.vibrate?.(10);
};
const step = (direction: 'next' | 'previous') =>
  press((state) => {
    const slides = talk.welcome()?.slides ?? [];
    const deck = direction === 'next' ? nextPosition(slides, state.deck) : previousPosition(slides, state.deck);
    return { ...state, deck, timer: hasStarted(state.timer) ? state.timer : { running: true, elapsedMs: 0 } };
  });

parts.forward.addEventListener('click', () => step('next'));
parts.previous.addEventListener('click', () => step('previous'));
parts.black.addEventListener('click', () => press((state) => ({ ...state, deck: { ...state.deck, paused: !state.deck.paused } })));
parts.timer.addEventListener('click', () => press(withTimerToggled));
parts.draw.addEventListener('click', () => toggleDrawing(parts));
onSwipe(parts.now.parentElement as HTMLElement, (direction) => step(direction === 'left' ? 'next' : 'previous'));
// A keyboard (or a clicker paired with the phone) steers as on the laptop.
document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (['ArrowRight', 'PageDown'].includes(event.key)) step('next');
  else if (['ArrowLeft', 'PageUp'].includes(event.key)) step('previous');
});

for (const event of ['state', 'welcome', 'relay'] as const) talk.on(event, () => (render(), tick()));
if (!own.relay) parts.title.textContent = 'Öppna fjärrkontrollen med QR-koden från talarvyn.';
render();
tick();
window.setInterval(tick, 1000);
