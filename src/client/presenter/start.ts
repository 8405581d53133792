// In the presenter view (?presenter), load and mount its page around the deck; the audience
// never downloads it.
import type { RevealApi } from 'reveal.js';
import { windowRole } from '../window-role.ts';

export function startPresenterView(deck: RevealApi): void {
  if (windowRole() !== 'presenter') return;
  void import('./mount.ts').then(({ mountPresenter }) => mountPresenter(deck));
}

/**
 * The presenter's "next" box shows this page as a picture: nothing in it may take focus or speak
 * (its links would be keyboard stops, its announcements a second voice).
 */
export function quietThePreview(): void {
  if (windowRole() === 'preview') document.body.inert = true;
}
