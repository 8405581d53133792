// The reading view's pages (src/client/reading/reading-page.ts): reveal's scroll-view styles for the
// elements the page builds as reveal did, without reveal.css (the reading view does not fetch it).
// The sizes come from the script as reveal's did: --slide-width, --slide-scale, --page-height and
// --page-snap on the scrolling element, the body.

import { SLIDE } from './tokens.ts';

/** The printed sheets' name: their size is the slide's, whatever the paper the browser would pick. */
const PRINTED_PAGE = 'reading-slide';

export const readingPageCss = /* css */ `
/* The body scrolls, not the window (which would carry the body's overflow over if this one had none):
   the view switch keeps to a strip of its own below it (base.ts). */
html.deck-reading {
  height: 100%;
  overflow: hidden;
}

.reveal-viewport.reveal-scroll {
  position: relative;
  margin: 0 auto;
  overflow-x: hidden;
  overflow-y: auto;
  line-height: 1;
  scroll-snap-type: y proximity;
  scrollbar-gutter: stable;
}

/* The page itself takes the focus, for the keys to scroll it (reading-page.ts), and a slide gone to
   by a link or an arrow (slide-link.ts), for the reading to go on there: no ring around either. */
.reveal-viewport.reveal-scroll:focus,
.reveal-scroll .scroll-page section:focus {
  outline: none;
}

.reveal-scroll .reveal {
  position: relative;
  width: 100%;
  overflow: visible;
  touch-action: manipulation;
}

.reveal-scroll .reveal .slides {
  position: static;
  display: block;
  width: 100%;
  margin: 0;
  padding: 0;
  overflow: visible;
  text-align: center;
}

.reveal-scroll .scroll-page {
  position: relative;
  width: 100%;
  height: var(--page-height);
  overflow: visible;
  scroll-snap-align: var(--page-snap);
}

/*
 * Pages not yet near the view are not laid out or painted (their height is known without them):
 * laying out 26 slides at once blocked a phone for a fifth of a second. A page that comes near is
 * laid out for good: Firefox kept the container queries of a page that had been skipped as they
 * were while skipped (the wide reading view's columns never came).
 */
.reveal-scroll .scroll-page:not(.scroll-page--near) {
  content-visibility: auto;
  contain-intrinsic-size: auto var(--page-height);
}

.reveal-scroll .scroll-page-sticky {
  position: relative;
  height: 100%;
}

.reveal-scroll .scroll-page-content {
  position: absolute;
  inset: 0;
  overflow: hidden;
}

/* The slide centred in its page, scaled to the page's width; its height is its content's. */
.reveal-scroll .scroll-page section {
  display: block;
  position: absolute;
  top: 50%;
  left: 50%;
  width: var(--slide-width);
  transform: scale(var(--slide-scale)) translate(-50%, -50%);
  transform-origin: 0 0;
}

.reveal-scroll .slide-background {
  display: block;
  position: absolute;
  inset: 0;
}

.reveal-scroll .slide-background-content {
  position: absolute;
  inset: 0;
  background-position: 50% 50%;
  background-repeat: no-repeat;
  background-size: cover;
}

/*
 * Printed (or saved as PDF from a phone), each page is a slide of the slide show's size on a sheet
 * of its own, over its picture, as the slide show prints (browser-print.ts): not the narrow pages
 * of a phone's screen. The sizes the script set for the screen give way to the slide's own.
 */
@page ${PRINTED_PAGE} {
  size: ${SLIDE.width}px ${SLIDE.height}px;
  margin: 0;
}

@media print {
  html.deck-reading,
  .reveal-viewport.reveal-scroll {
    --slide-width: ${SLIDE.width}px !important;
    --slide-scale: 1 !important;
    --page-height: ${SLIDE.height}px !important;
    --deck-view-slide-height: ${SLIDE.height}px !important;
    --deck-view-slide-width-number: ${SLIDE.width} !important;
    width: ${SLIDE.width}px;
    height: auto;
    overflow: visible;
    border: 0;
  }

  html.deck-reading * {
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }

  .reveal-scroll .scroll-page {
    page: ${PRINTED_PAGE};
    break-inside: avoid;
    content-visibility: visible;
  }

  .reveal-scroll .scroll-page + .scroll-page {
    break-before: page;
  }

  /* Centred without moving: a slide placed at half the page's height and moved up would be cut
     where the sheet ends before the move, and its lower half laid on a sheet of its own. */
  .reveal-scroll .scroll-page-content {
    display: flex;
    align-items: safe center;
    justify-content: center;
  }

  .reveal-scroll .scroll-page section {
    position: relative;
    top: auto;
    left: auto;
    flex: none;
    transform: none;
    break-inside: avoid;
  }
}
`;
