// What the remote shows: where the talk is ("Bild 12 / 26", this slide's and the next one's
// titles, the notes), the time, and whether the phone reaches the laptop. All text in Swedish.
import { talk } from '../../talk.config.ts';
import { timerText } from '../presenter/timer.ts';
import type { OutlineSlide, SharedState } from '../sync/protocol.ts';
import type { RelayStatus } from '../sync/relay-link.ts';
import { elapsedAt, hasStarted, type TimerClock } from '../sync/timer-clock.ts';
import type { RemoteParts } from './parts.ts';
import { canGo } from './steps.ts';

const CONNECTION_TEXT: Record<RelayStatus, string> = {
  connecting: 'Ansluter…',
  connected: 'Ansluten',
  offline: 'Ingen kontakt med datorn – försöker igen…',
  refused: 'Fel nyckel: skanna QR-koden i talarvyn igen.',
};
const COUNTDOWN_LABELS = { 'on-time': 'Kvar', warning: 'Kvar', over: 'Över tiden' } as const;

export interface RemoteModel {
  slides: OutlineSlide[] | null;
  state: SharedState | null;
  status: RelayStatus;
}

export function showTalk(parts: RemoteParts, { slides, state, status }: RemoteModel): void {
  parts.connection.textContent = CONNECTION_TEXT[status];
  parts.connection.dataset.status = status;
  const ready = slides !== null && state !== null && status === 'connected';
  for (const button of [parts.black, parts.timer, parts.draw, parts.previous, parts.forward]) button.disabled = !ready;
  if (!slides || !state) return;
  const { indexh } = state.deck;
  const slide = slides[indexh];
  parts.position.textContent = `Bild ${indexh + 1} / ${slides.length}`;
  parts.title.textContent = slide?.title ?? '';
  parts.next.textContent = slides[indexh + 1]?.title ?? 'Sista bilden';
  // The loader's HTML of the author's notes, sent by the relay from the slide files.
  if (parts.notes.dataset.slide !== slide?.id) {
    parts.notes.dataset.slide = slide?.id ?? '';
    if (slide?.notes) parts.notes.innerHTML = slide.notes;
    else parts.notes.innerHTML = '<p class="remote__empty">Inga anteckningar till den här bilden.</p>';
  }
  parts.black.setAttribute('aria-pressed', String(state.deck.paused));
  parts.timer.textContent = state.timer.running ? 'Pausa tiden' : hasStarted(state.timer) ? 'Fortsätt tiden' : 'Starta tiden';
  if (ready) {
    parts.previous.disabled = !canGo(slides, state.deck, 'previous');
    parts.forward.disabled = !canGo(slides, state.deck, 'next');
  }
}

export function showTime(parts: RemoteParts, clock: TimerClock | null, now = new Date()): void {
  const elapsed = clock ? elapsedAt(clock, now.getTime()) : 0;
  const text = timerText(now, now.getTime() - elapsed, talk.durationMinutes);
  parts.clock.textContent = text.clock;
  parts.elapsed.textContent = clock && !clock.running && elapsed > 0 ? `${text.elapsed} (pausad)` : text.elapsed;
  parts.remaining.textContent = text.remaining;
  parts.countdownLabel.textContent = COUNTDOWN_LABELS[text.state];
  parts.countdown.dataset.state = text.state;
}
