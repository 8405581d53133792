// T pauses the talk's timer and starts it again, in any window of the talk (the presenter view
// has a button for it too; the phone's remote as well). reveal.js uses no T.
import type { RevealApi } from 'reveal.js';
import { talkSyncOf } from './deck-sync.ts';
import { withTimerToggled } from './timer-clock.ts';

const KEY_T = 84;

export function pauseTimerOnKey(deck: RevealApi): void {
  const talk = talkSyncOf(deck);
  if (!talk) return;
  deck.on('ready', () => {
    deck.addKeyBinding({ keyCode: KEY_T, key: 'T', description: 'Pausa eller fortsätt tiden' }, () => talk.change(withTimerToggled));
  });
}
