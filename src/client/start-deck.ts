// Starts reveal.js on the slides already in the page, with the deck's features; framed by a page
// of another site, it shows a note instead (src/client/frame-guard.ts).
import Reveal from 'reveal.js';
import { deckConfig } from './config.ts';
import { features } from './features.ts';
import { isFramedByStranger, showFramedNotice } from './frame-guard.ts';
import { loadRevealStyles } from './reveal-styles.ts';
import { keepOnlyTitleForShareImage } from './share-image-view.ts';

if (isFramedByStranger()) showFramedNotice();
else await startDeck();

async function startDeck(): Promise<void> {
  // The one file has reveal's styles in the page already (src/vite/reveal-styles-plugin.ts).
  if (import.meta.env.MODE !== 'single-file') await loadRevealStyles();
  keepOnlyTitleForShareImage();
  const deck = new Reveal(document.querySelector('.reveal') as HTMLElement, deckConfig());
  // Tests, PDF tools and the browser console reach the deck through this global.
  window.Reveal = deck;
  for (const feature of features) feature(deck);
  void deck.initialize();
}
