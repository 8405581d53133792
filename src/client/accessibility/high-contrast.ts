// The high-contrast projector mode: X toggles it on every window of the talk (the projector, the
// presenter view, from the phone too); ?kontrast keeps it on in that window whatever the others say.
import type { RevealApi } from 'reveal.js';
import { talkSyncOf } from '../sync/deck-sync.ts';
import { isContrastForced } from './contrast-param.ts';

const KEY_X = 88;

export function offerHighContrast(deck: RevealApi): void {
  const forced = isContrastForced();
  const talk = talkSyncOf(deck);
  const show = () => document.documentElement.classList.toggle('high-contrast', forced || Boolean(talk?.state().contrast));
  show();
  talk?.on('state', show);
  deck.on('ready', () => {
    if (!talk) return;
    deck.addKeyBinding({ keyCode: KEY_X, key: 'X', description: 'Hög kontrast (projektor)' }, () => talk.change((state) => ({ ...state, contrast: !state.contrast })));
  });
}
