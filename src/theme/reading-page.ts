// The reading view's pages (src/client/reading/reading-page.ts): reveal's scroll-view styles for the
// elements the page builds as reveal did, without reveal.css (the reading view does not fetch it).
// The sizes come from the script as reveal's did: --slide-width, --slide-scale, --page-height and
// --page-snap on the scrolling element, the body.

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

/* The page itself takes the focus, for the keys to scroll it (reading-page.ts): no ring around it all. */
.reveal-viewport.reveal-scroll:focus {
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

@media print {
  html.deck-reading,
  .reveal-viewport.reveal-scroll {
    height: auto;
    overflow: visible;
    border: 0;
  }

  .reveal-scroll .scroll-page {
    break-inside: avoid;
    content-visibility: visible;
  }
}
`;
