// In dev, keep the speaker on the same slide when a saved edit reloads the page,
// even when the edit changed the slide's heading and so its #/id.
import type { RevealApi } from 'reveal.js';

const KEY = 'deck:position-before-reload';

export function keepPositionAcrossReloads(deck: RevealApi): void {
  if (!import.meta.hot) return;
  import.meta.hot.on('vite:beforeFullReload', () => savePosition(deck));
  const saved = sessionStorage.getItem(KEY);
  if (!saved) return;
  sessionStorage.removeItem(KEY);
  const { h, v, f } = JSON.parse(saved) as { h: number; v: number; f?: number };
  deck.on('ready', () => deck.slide(h, v, f));
}

/** Reload the page, coming back to the same slide. */
export function reloadKeepingPosition(deck: RevealApi): void {
  savePosition(deck);
  location.reload();
}

function savePosition(deck: RevealApi): void {
  sessionStorage.setItem(KEY, JSON.stringify(deck.getIndices()));
}
