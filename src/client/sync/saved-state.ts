// The talk's state kept for this tab (sessionStorage), so a reload keeps the timer and the stamp.
// Read back through the same schema as any message: storage is input too.
import * as v from 'valibot';
import { SharedStateSchema, StampSchema, type SharedState, type Stamp } from './protocol.ts';
import type { TimerClock } from './timer-clock.ts';

const STORAGE_KEY = 'deck:talk-state';
const SavedSchema = v.strictObject({ stamp: StampSchema, state: SharedStateSchema, since: v.pipe(v.number(), v.finite()) });

export function saveState(stamp: Stamp, state: SharedState, clock: TimerClock): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ stamp, state: { ...state, timer: { running: clock.running, elapsedMs: Math.round(clock.elapsedMs) } }, since: clock.since }));
  } catch {
    // Storage full or refused: the talk goes on without it.
  }
}

export function restoreState(): { stamp: Stamp; state: SharedState; clock: TimerClock } | null {
  try {
    const result = v.safeParse(SavedSchema, JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'));
    if (!result.success) return null;
    const { stamp, state, since } = result.output;
    return { stamp, state, clock: { ...state.timer, since } };
  } catch {
    return null;
  }
}
