// The presenter's clock and timers as text: pure functions of the time, so tests can pin them.

export type CountdownState = 'on-time' | 'warning' | 'over';

export interface TimerText {
  /** 24-hour wall clock, e.g. "14:05". */
  clock: string;
  /** Time since the talk started, e.g. "12:34". */
  elapsed: string;
  /** Time left of the planned length, e.g. "07:26"; after the end, how far over, e.g. "+01:05". */
  remaining: string;
  state: CountdownState;
}

/** The countdown turns to a warning when this much of the planned time is left. */
export const WARNING_MS = 2 * 60_000;

export function timerText(now: Date, startedAt: number, durationMinutes: number): TimerText {
  const elapsedMs = Math.max(0, now.getTime() - startedAt);
  const leftMs = durationMinutes * 60_000 - elapsedMs;
  const state: CountdownState = leftMs < 0 ? 'over' : leftMs <= WARNING_MS ? 'warning' : 'on-time';
  return {
    clock: now.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit', hour12: false }),
    elapsed: formatDuration(elapsedMs),
    // Round the time left up, so "00:00" only shows when the time is really up.
    remaining: leftMs < 0 ? `+${formatDuration(-leftMs)}` : formatDuration(Math.ceil(leftMs / 1000) * 1000),
    state,
  };
}

/** "mm:ss", or "h:mm:ss" from an hour on. */
export function formatDuration(ms: number): string {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}
