// In the presenter view (?presenter), load and mount its page around the deck; the audience
// never downloads it.
import type { RevealApi } from 'reveal.js';
import { currentView } from './view.ts';

export function startPresenterView(deck: RevealApi): void {
  if (currentView() !== 'presenter') return;
  void import('./presenter/mount.ts').then(({ mountPresenter }) => mountPresenter(deck));
}
