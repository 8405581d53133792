// The presenter view: the deck in a box, what comes next, the notes, "Bild 12 / 26", the clock,
// the time spent and a countdown for the talk's planned length (src/talk.config.ts), drawing and
// the laser pointer, and with `npm run present` the phone's remote as a QR code.
import type { RevealApi } from 'reveal.js';
import { talk } from '../../talk.config.ts';
import { TOOL_EVENT, type ToolRequest } from '../drawing/tools.ts';
import { STATE_EVENTS, talkSyncOf } from '../sync/deck-sync.ts';
import { withSession } from '../sync/session.ts';
import type { TalkSync } from '../sync/talk-sync.ts';
import { elapsedAt, hasStarted, withTimerToggled } from '../sync/timer-clock.ts';
import { showRemoteCode } from './remote-code.ts';
import { windowRoleUrl } from '../window-role.ts';
import { createPresenterLayout, type PresenterParts } from './layout.ts';
import { createNextPreview } from './next-preview.ts';
import { timerText } from './timer.ts';
import './presenter.css';

const COUNTDOWN_LABELS = { 'on-time': 'Kvar', warning: 'Kvar', over: 'Över tiden' } as const;
const KEY_F = 70;
const AUDIENCE_WINDOW = 'deck-audience';

export function mountPresenter(deck: RevealApi): void {
  document.documentElement.classList.add('presenter-view');
  document.title = `Talarvy – ${document.title}`;
  const parts = createPresenterLayout(deck.getRevealElement() as HTMLElement);
  const preview = createNextPreview(deck, parts.next);
  const shared = talkSyncOf(deck) as TalkSync;

  const showTime = () => {
    const now = new Date();
    const clock = shared.timer();
    showTimer(parts, timerText(now, now.getTime() - elapsedAt(clock, now.getTime()), talk.durationMinutes));
    parts.pause.textContent = clock.running ? 'Pausa tiden' : hasStarted(clock) ? 'Fortsätt tiden' : 'Starta tiden';
  };
  const showSlide = () => {
    showPosition(parts, deck, shared);
    preview.update();
  };
  for (const name of STATE_EVENTS) deck.on(name, showSlide);
  shared.on('state', showTime);
  // The notes of `npm run present` come from the relay, never from the public site.
  shared.on('welcome', showSlide);
  showRemoteCode(parts, shared);

  onPress(parts.pause, () => shared.change(withTimerToggled));
  // Back to 00:00; a running timer runs on from there, one not yet started waits for the first step.
  onPress(parts.restart, () => shared.change((state) => ({ ...state, timer: { running: state.timer.running, elapsedMs: 0 } })));
  const tool = (detail: ToolRequest) => document.dispatchEvent(new CustomEvent(TOOL_EVENT, { detail }));
  onPress(parts.draw, () => tool({ tool: 'pen' }));
  onPress(parts.laser, () => tool({ tool: 'laser' }));
  onPress(parts.audience, () => window.open(withSession(windowRoleUrl('audience')), AUDIENCE_WINDOW));
  onPress(parts.previous, () => deck.prev());
  onPress(parts.forward, () => deck.next());

  showTime();
  window.setInterval(showTime, 1000);
  const start = () => {
    // F makes the whole presenter view full screen, not only its small deck.
    deck.addKeyBinding(KEY_F, () => toggleFullscreen());
    deck.layout();
    showSlide();
  };
  if (deck.isReady()) start();
  else deck.on('ready', start);
}

function showPosition(parts: PresenterParts, deck: RevealApi, shared: TalkSync): void {
  parts.position.textContent = `Bild ${deck.getSlidePastCount() + 1} / ${deck.getTotalSlides()}`;
  parts.status.textContent = deck.isPaused() ? 'Svart skärm' : deck.isOverview() ? 'Översikt' : '';
  // The notes are the deck's own HTML, rendered from the slide files at build time.
  const id = deck.getCurrentSlide()?.id;
  const notes = deck.getSlideNotes() || shared.welcome()?.slides.find((slide) => slide.id === id)?.notes;
  if (notes) parts.notes.innerHTML = notes;
  else parts.notes.innerHTML = '<p class="presenter__empty">Inga anteckningar till den här bilden.</p>';
  const atEnd = deck.isLastSlide() && !deck.availableFragments().next;
  parts.end.hidden = !atEnd;
}

function showTimer(parts: PresenterParts, text: ReturnType<typeof timerText>): void {
  parts.clock.textContent = text.clock;
  parts.elapsed.textContent = text.elapsed;
  parts.remaining.textContent = text.remaining;
  parts.countdownLabel.textContent = COUNTDOWN_LABELS[text.state];
  parts.countdown.dataset.state = text.state;
}

/** A button that acts on click; a mouse click leaves no focus behind, so Space goes on to the deck. */
function onPress(button: HTMLButtonElement, action: () => void): void {
  button.addEventListener('click', (event) => {
    action();
    if (event.detail > 0) button.blur();
  });
  // Space or Enter on a focused button is the button's, not also the deck's "next".
  button.addEventListener('keydown', (event) => {
    if (event.key === ' ' || event.key === 'Enter') event.stopPropagation();
  });
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.();
}
