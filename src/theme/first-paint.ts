// Before reveal.js starts, the first slide (rendered with class "present") paints from the HTML and
// this CSS alone, without reveal.css, in the box reveal.js will give it, so nothing moves when the
// script takes over. A link to a slide (#/slide-id) paints that slide instead: the URL's fragment,
// "/slide-id", names the slide's hidden marker (src/deck/render.ts), which :target matches.
// The slide's box, as reveal.js will compute it for this window and URL, comes from the page's one
// inline script (src/client/boot/first-paint.ts) as --deck-first-width, -height and -scale, and the
// class deck-first-reading when the window opens in the reading view.
// Without JavaScript, noscript.ts shows every slide as a page instead.

/**
 * The deck before reveal.js lays it out: reveal marks its viewport (the body, or the deck itself in
 * the presenter's embedded view) in the same task as its first layout, so no frame shows a mix.
 * ("Ready" comes a task later: between the two, reveal's layout and ours would both apply.)
 */
export const BEFORE_REVEAL = 'body:not(.reveal-viewport) > .reveal:not(.reveal-viewport)';

export const firstPaintCss = /* css */ `
@media screen and (scripting: enabled) {
  /* Plain selectors, not :has(): while the page is still arriving, a browser may paint before it
     matches :has() (Chromium did, with the window's height at 0). */
  html:not(.presenter-view) {
    height: 100%;
  }

  html:not(.presenter-view) > body:not(.reveal-viewport) {
    height: 100%;
    margin: 0;
    overflow: hidden;
    line-height: 1;
    background: var(--deck-white);
    color: var(--deck-ink);
  }

  /* What reveal.css (fetched with the script) does for the slides, until reveal.js lays them out. */
  ${BEFORE_REVEAL} {
    position: relative;
    width: 100%;
    height: 100%;
    overflow: hidden;
  }

  ${BEFORE_REVEAL} .slides {
    position: absolute;
    z-index: 1;
    margin: auto;
    overflow: visible;
    text-align: center;
    pointer-events: none;
    display: flex;
    flex-direction: column;
    justify-content: safe center;
    width: calc(var(--deck-first-width) * 1px);
    height: calc(var(--deck-first-height) * 1px);
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%) scale(var(--deck-first-scale));
  }

  ${BEFORE_REVEAL} .slides > section {
    display: none;
    position: absolute;
    width: 100%;
  }

  ${BEFORE_REVEAL} .slides > :is(section.present, section:has(> :target)) {
    display: block;
    position: relative;
    flex: none;
  }

  ${BEFORE_REVEAL} .slides:has(> section > :target) > section.present:not(:has(> :target)) {
    display: none;
  }

  /*
   * The browser finds the :target only once the page is parsed, often after the first paint; until
   * then a link's page (html.deck-link, set by index.html's one inline script) paints no slide,
   * rather than the title first.
   */
  .deck-link ${BEFORE_REVEAL} .slides:not(:has(> section > :target)) > section.present {
    visibility: hidden;
  }

  /* Until the fonts are in (a moment: they are inside the page), src/client/boot/first-paint.ts. */
  .deck-fonts-pending ${BEFORE_REVEAL} .slides {
    visibility: hidden;
  }

  ${BEFORE_REVEAL} .slides section .fragment {
    opacity: 0;
    visibility: hidden;
  }

  ${BEFORE_REVEAL} a {
    position: relative;
  }

  /*
   * The reading view (phones, ?view=scroll): reveal's scroll view, the first slide a page as wide
   * as the window and as tall as the scaled slide, the slide centred in it.
   */
  .deck-first-reading ${BEFORE_REVEAL} {
    height: calc(var(--deck-first-height) * var(--deck-first-scale) * 1px);
  }

  /* Room for the scrollbar the reading view's page will have, where scrollbars take room (Firefox
     and WebKit on a computer), so the slide stays centred where it will stand. The body's own:
     the root's overflow keeps the body's from passing to the window. */
  html.deck-first-reading {
    overflow: hidden;
  }

  html.deck-first-reading > body:not(.reveal-viewport) {
    scrollbar-gutter: stable;
  }

  .deck-first-reading ${BEFORE_REVEAL} .slides {
    display: block;
    width: 100%;
    height: 100%;
    inset: 0;
    transform: none;
  }

  .deck-first-reading ${BEFORE_REVEAL} .slides > :is(section.present, section:has(> :target)) {
    position: absolute;
    top: 50%;
    left: 50%;
    width: calc(var(--deck-first-width) * 1px);
    transform: scale(var(--deck-first-scale)) translate(-50%, -50%);
    transform-origin: 0 0;
  }
}
`;
