// "S" in the audience window opens the presenter view: the same page with ?presenter, in a tab
// or window of its own that the two keep in step through sync.ts.
import type { RevealApi } from 'reveal.js';
import { withSession } from '../sync/session.ts';
import { windowRole, windowRoleUrl } from '../window-role.ts';

const KEY_S = 83;
/** The window name, so a second press brings back the same presenter view. */
const PRESENTER_WINDOW = 'deck-presenter';

export function openPresenterOnKey(deck: RevealApi): void {
  if (windowRole() !== 'audience') return;
  deck.on('ready', () => {
    deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: 'Öppna talarvyn' }, () => {
      // reveal writes the #/slide link up to a second late: name the slide shown now.
      const url = new URL(windowRoleUrl('presenter'));
      const id = deck.getCurrentSlide()?.id;
      if (id) url.hash = `#/${id}`;
      // The session key goes along, so the two windows hear each other (src/client/sync/session.ts).
      window.open(withSession(url.href), PRESENTER_WINDOW);
    });
  });
}
