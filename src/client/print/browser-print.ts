// Printing the deck from the browser (Ctrl+P, or the menu) gives one landscape page per slide
// with its picture, as on screen, instead of reveal's paper style without backgrounds.
import type { RevealApi } from 'reveal.js';
import 'virtual:deck/browser-print.css';
import { pointLinksAtSlides } from './links-on-paper.ts';
import { exposeToAssistiveTech } from './print-view.ts';

/** On <html> while the browser prints: browser-print.css lays the slides out as pages. */
const PRINTING_CLASS = 'deck-printing';
/** reveal's paper style applies to `html:not(.print-pdf)`; this class switches it off. */
const REVEAL_PRINT_CLASS = 'print-pdf';

export function printFromBrowser(deck: RevealApi): void {
  let restore: (() => void) | undefined;
  addEventListener('beforeprint', () => {
    restore?.();
    // Pictures are fetched as their slides come near, never all at start: the print asks for the rest.
    loadEveryBackground(deck);
    restore = enterPrintLayout(deck);
  });
  addEventListener('afterprint', () => {
    restore?.();
    restore = undefined;
  });
}

/**
 * reveal sets a slide's picture only when the slide comes near; the print needs them all.
 * Loading also shows the slide, so put its display back: reveal hides slides far away.
 */
function loadEveryBackground(deck: RevealApi): void {
  for (const slide of deck.getSlides()) {
    const background = deck.getSlideBackground(slide);
    const [slideDisplay, backgroundDisplay] = [slide.style.display, background?.style.display ?? ''];
    deck.loadSlide(slide);
    slide.style.display = slideDisplay;
    if (background) background.style.display = backgroundDisplay;
  }
}

/** Runs synchronously before the browser lays out the print; gives back how to undo it. */
function enterPrintLayout(deck: RevealApi): () => void {
  const root = document.documentElement;
  root.classList.add(PRINTING_CLASS, REVEAL_PRINT_CLASS);
  const undoes = [...deck.getSlides().map(exposeToAssistiveTech), pointLinksAtSlides()];
  return () => {
    root.classList.remove(PRINTING_CLASS, REVEAL_PRINT_CLASS);
    for (const undo of undoes) undo();
  };
}
