// Printing as one deck feature: reveal's print view (`?print-pdf`, `npm run pdf`), or the browser's print of the deck itself.
import type { RevealApi } from 'reveal.js';
import { printFromBrowser } from './browser-print.ts';
import { isPrintView, preparePrintView } from './print-view.ts';
import './print-view.css';

export function supportPrinting(deck: RevealApi): void {
  if (isPrintView()) preparePrintView(deck);
  else printFromBrowser(deck);
}
