// The theme on top of reveal.css: page, type and the slide box shared by every layout.
import { TALL_SLIDES, WIDE_READING_SLIDES, WIDE_WINDOW } from './css-tokens.ts';

export const baseCss = /* css */ `
.reveal-viewport {
  background: var(--deck-white);
  color: var(--deck-ink);
}

.reveal {
  font-family: var(--deck-font);
  font-size: var(--deck-font-size);
  font-weight: 400;
  color: var(--deck-ink);
}

:where(.reveal .slides) section {
  box-sizing: border-box;
  padding: 0 var(--deck-slide-padding);
  line-height: 1.35;
}

/* :where() keeps these defaults weaker than any layout's own rules. */
:where(.reveal) h1,
:where(.reveal) h2,
:where(.reveal) h3 {
  margin: 0 0 0.5em;
  font-weight: 700;
  line-height: 1.15;
  letter-spacing: -0.01em;
  overflow-wrap: break-word;
  hyphens: manual;
}

:where(.reveal) p { margin: 0.5em 0; }

:where(.reveal) ul,
:where(.reveal) ol { padding-left: 1.2em; }

.reveal li::marker { color: var(--deck-blue); }

:where(.reveal) a { color: var(--deck-blue-deep); }

/*
 * A picture in a slide's text fits the slide's width, and two thirds of its height, keeping its
 * shape. A photo's width and height (src/deck/picture.ts) give its shape before it is fetched, so
 * its box is the same then and nothing moves when it comes.
 */
:where(.reveal .slides) img {
  max-width: 100%;
  height: auto;
}

:where(.reveal .slides) img[width][height] {
  max-height: 480px;
  /* Where attr() cannot give the width that fits the height, the photo fits inside its box. */
  object-fit: contain;
  object-position: left center;
  width: min(100%, 480px * attr(width type(<number>)) / attr(height type(<number>)));
}

.reveal :focus-visible,
/* reveal.css takes the outline off its arrow buttons (outline: 0); put it back for the keyboard. */
.reveal .controls button:focus-visible {
  outline: 3px solid var(--deck-blue-mid);
  outline-offset: 3px;
}

.reveal .controls,
.reveal .progress { color: var(--deck-blue); }

.reveal.has-dark-background .controls,
.reveal.has-dark-background .progress { color: var(--deck-white); }

/*
 * A step (fragment) fades in on its own layer where reveal.css asks for one (will-change: opacity);
 * WebKit then drew nothing of a step that fades in after its slide's transition, until the window
 * was resized. No layer: every engine draws it. The selector outweighs reveal's
 * .reveal .fragment:not(.custom), which a plain .reveal .fragment does not.
 */
.reveal .slides .fragment:not(.custom) { will-change: auto; }

/* reveal's transition setting stills the slides (src/client/config.ts); its arrows and progress bar
   have CSS transitions of their own. */
@media (prefers-reduced-motion: reduce) {
  .reveal .controls,
  .reveal .controls *,
  .reveal .controls *::before,
  .reveal .controls *::after,
  .reveal .progress,
  .reveal .progress * {
    transition: none !important;
    animation: none !important;
  }
}

/* Text that only assistive technology reads. */
.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}

/* A soft shadow keeps the arrows visible over light and dark pictures alike. */
.reveal .controls .controls-arrow {
  filter: drop-shadow(0 0 3px var(--deck-shadow-strong));
}

/* Each slide is a size container, so layouts can adapt to the tall slides of the phone view. */
:where(.reveal .slides) section {
  container: slide / inline-size;
}

${TALL_SLIDES} {
  :where(.reveal .slides) section { padding: 0 48px; }
}

/* The reading view's slides are wider than 1280 on large screens (src/client/reading/reading-size.ts): keep
   the content in the width it is designed for, centred, as a column of text in a page. */
${WIDE_READING_SLIDES} {
  .reveal .slides section > * {
    box-sizing: border-box;
    width: 100%;
    max-width: var(--deck-content-width);
    margin-inline: auto;
  }
}

/* Switch between the reading view and the slide show: shown on phones, touch screens and in the
   reading view; elsewhere the first Tab brings it out, like a skip link (a zoomed-in reader's way
   to text that grows with the zoom). */
.view-switch {
  position: fixed;
  left: 12px;
  bottom: 12px;
  z-index: 40;
  padding: 0.5em 0.9em;
  border: 0;
  border-radius: 999px;
  background: var(--deck-blue-deep);
  color: var(--deck-white);
  font: 600 14px/1.2 var(--deck-font);
  box-shadow: 0 2px 8px var(--deck-shadow);
  cursor: pointer;
}

.view-switch:focus-visible {
  outline: 3px solid var(--deck-blue-mid);
  outline-offset: 2px;
}

${WIDE_WINDOW} and (not (pointer: coarse)) {
  .reveal-viewport:not(.reveal-scroll) .view-switch:not(:focus-visible) { clip-path: inset(50%); }
}

/* Over the slide show it sits top right, where no slide has text: bottom left, a page zoomed
   to 200 % had it over the last line of a list (tests/e2e/zoom.spec.ts). */
.reveal-viewport:not(.reveal-scroll) .view-switch {
  top: 12px;
  right: 12px;
  bottom: auto;
  left: auto;
}

/* In the reading view it keeps to a strip of its own at the bottom of the screen, below the end of the
   scrolling page: over the page, it covered some line of text as the page scrolled (tests/e2e/phone.spec.ts). */
.reveal-viewport.reveal-scroll {
  box-sizing: border-box;
  height: calc(100% - 56px);
  border-bottom: 1px solid var(--deck-blue-light);
}

@media print {
  .view-switch { display: none !important; }
}

/* Framed by a page of another site (src/client/frame-guard.ts): the note that replaces the deck. */
.framed-notice {
  margin: 1.5em;
  color: var(--deck-navy);
  font: 18px/1.5 var(--deck-font);
}
.framed-notice a { color: var(--deck-blue-deep); }
`;
