// Printing from the browser: each slide on its own page of the slide's size, over its own
// background, as on screen (src/client/print/browser-print.ts sets the classes).
import { SLIDE } from './tokens.ts';

export const browserPrintCss = /* css */ `
@page {
  size: ${SLIDE.width}px ${SLIDE.height}px;
  margin: 0;
}

@media print {
  html.deck-printing,
  html.deck-printing body {
    width: var(--deck-slide-width) !important;
    height: auto !important;
    margin: 0 !important;
    overflow: visible !important;
  }

  /* Only the deck goes on paper: live regions and buttons after it would start a page of their own. */
  html.deck-printing body > :not(.reveal) {
    display: none !important;
  }

  html.deck-printing * {
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }

  html.deck-printing .reveal {
    position: relative !important;
    width: var(--deck-slide-width) !important;
    height: auto !important;
    overflow: visible !important;
  }

  /* The slides and their backgrounds: two grids of a slide's height in rows laid over each other, one row a page. */
  html.deck-printing .reveal .slides,
  html.deck-printing .reveal .backgrounds {
    display: grid !important;
    grid-auto-rows: var(--deck-slide-height);
    width: var(--deck-slide-width) !important;
    height: auto !important;
    inset: 0 auto auto 0 !important;
    margin: 0 !important;
    zoom: 1 !important;
    transform: none !important;
    perspective: none !important;
  }

  html.deck-printing .reveal .slides {
    position: relative !important;
    z-index: 1;
  }

  html.deck-printing .reveal .backgrounds {
    position: absolute !important;
    z-index: 0;
  }

  /* :where() keeps this below a layout's own display (the overlay's flex). */
  :where(html.deck-printing) .reveal .slides > section {
    display: block !important;
  }

  /* "safe center" is what reveal's own centring does: centred, but never above the page's top. */
  html.deck-printing .reveal .slides > section,
  html.deck-printing .reveal .backgrounds > .slide-background {
    position: relative !important;
    inset: auto !important;
    width: var(--deck-slide-width) !important;
    align-self: safe center;
    opacity: 1 !important;
    visibility: visible !important;
    transform: none !important;
    transition: none !important;
    break-inside: avoid;
  }

  html.deck-printing .reveal .backgrounds > .slide-background {
    display: block !important;
    height: var(--deck-slide-height) !important;
  }

  /* Fragments in their final state. */
  html.deck-printing .reveal .slides section .fragment:not(.fade-out) {
    opacity: 1 !important;
    visibility: inherit !important;
    transform: none !important;
  }

  html.deck-printing .reveal .controls,
  html.deck-printing .reveal .progress,
  html.deck-printing .reveal .slide-number,
  html.deck-printing .reveal .aria-status {
    display: none !important;
  }
}
`;
