// The talk's timer as the windows share it: the time spent and whether it runs, read against this
// device's own clock from the moment the state arrived, so devices whose clocks differ agree.
import type { SharedState, TimerState } from './protocol.ts';

export interface TimerClock {
  running: boolean;
  /** Time spent at `since`. */
  elapsedMs: number;
  /** This device's Date.now() when elapsedMs was true. */
  since: number;
}

export const STOPPED: TimerState = { running: false, elapsedMs: 0 };

export function clockFrom(timer: TimerState, now = Date.now()): TimerClock {
  return { ...timer, since: now };
}

/** The time spent now. */
export function elapsedAt(clock: TimerClock, now = Date.now()): number {
  return clock.elapsedMs + (clock.running ? Math.max(0, now - clock.since) : 0);
}

/** The timer as sent: the time spent as of now. */
export function timerNow(clock: TimerClock, now = Date.now()): TimerState {
  return { running: clock.running, elapsedMs: Math.round(elapsedAt(clock, now)) };
}

/** Whether the talk has begun (the timer started once). */
export function hasStarted(timer: TimerState): boolean {
  return timer.running || timer.elapsedMs > 0;
}

/** The state with the timer paused, or going on (or started, before the first step). */
export function withTimerToggled(state: SharedState): SharedState {
  return { ...state, timer: { ...state.timer, running: !state.timer.running } };
}
