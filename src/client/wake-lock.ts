// Keep the screen awake while the talk is open, where the browser offers a screen wake lock.
// The browser lets go of the lock whenever the page is hidden, so take it again when it shows.
import type { RevealApi } from 'reveal.js';
import { windowRole } from './window-role.ts';

export function keepScreenAwake(deck: RevealApi): void {
  if (windowRole() === 'preview' || !('wakeLock' in navigator)) return;
  const root = document.documentElement;
  let lock: WakeLockSentinel | null = null;
  const take = async () => {
    if (document.visibilityState !== 'visible' || (lock && !lock.released)) return;
    try {
      lock = await navigator.wakeLock.request('screen');
      root.dataset.wakeLock = 'on';
      lock.addEventListener('release', () => (root.dataset.wakeLock = 'off'));
    } catch {
      // Refused, e.g. on low battery: the talk goes on, the screen may dim.
      root.dataset.wakeLock = 'refused';
    }
  };
  deck.on('ready', () => void take());
  document.addEventListener('visibilitychange', () => void take());
}
