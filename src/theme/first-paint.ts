// Before reveal.js starts, the first slide (rendered with class "present") paints from the HTML and
// this CSS alone, without reveal.css, in the box reveal.js will give it, so nothing moves when the
// script takes over. A link to a slide (#/slide-id) paints that slide instead: the URL's fragment,
// "/slide-id", names the slide's hidden marker (src/deck/render.ts), which :target matches.
// The slide's box: the slide (src/theme/tokens.ts) scaled into the window less reveal's margin,
// rounded to hundredths as reveal rounds it, and centred vertically unless taller than the slide.
// Without JavaScript, noscript.ts shows every slide as a page instead.
import { PHONE_SLIDE, PHONE_WINDOW, SLIDE, SLIDE_MARGIN } from './tokens.ts';

/** reveal's scale for a slide in the window: fitted, less the margin, rounded to hundredths, 0.2 to 2. */
function fitScale({ width, height }: { width: number; height: number }): string {
  const room = 1 - SLIDE_MARGIN;
  // tan(atan2(a, b)) is a / b as a plain number, which scale() needs.
  return `clamp(0.2, round(min(tan(atan2(100vw * ${room}, ${width}px)), tan(atan2(100vh * ${room}, ${height}px))), 0.01), 2)`;
}

export const firstPaintCss = /* css */ `
@media screen and (scripting: enabled) {
  html:has(> body > .reveal:not(.ready)),
  html:has(> body > .reveal:not(.ready)) > body {
    height: 100%;
    margin: 0;
    overflow: hidden;
  }

  body:has(> .reveal:not(.ready)) {
    line-height: 1;
    background: var(--deck-white);
    color: var(--deck-ink);
  }

  /* What reveal.css (fetched with the script) does for the slides, until reveal.js is ready. */
  .reveal:not(.ready) {
    position: relative;
    width: 100%;
    height: 100%;
    overflow: hidden;
    --deck-first-scale: ${fitScale(SLIDE)};
  }

  .reveal:not(.ready) .slides {
    position: absolute;
    z-index: 1;
    margin: auto;
    overflow: visible;
    text-align: center;
    pointer-events: none;
    display: flex;
    flex-direction: column;
    justify-content: safe center;
    width: ${SLIDE.width}px;
    height: ${SLIDE.height}px;
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%) scale(var(--deck-first-scale));
  }

  .reveal:not(.ready) .slides > section {
    display: none;
    position: absolute;
    width: 100%;
  }

  .reveal:not(.ready) .slides > :is(section.present, section:has(> :target)) {
    display: block;
    position: relative;
    flex: none;
  }

  .reveal:not(.ready) .slides:has(> section > :target) > section.present:not(:has(> :target)) {
    display: none;
  }

  /*
   * The browser finds the :target only once the page is parsed, often after the first paint; until
   * then a link's page (html.deck-link, set by index.html's one inline script) paints no slide,
   * rather than the title first.
   */
  .deck-link .reveal:not(.ready) .slides:not(:has(> section > :target)) > section.present {
    visibility: hidden;
  }

  .reveal:not(.ready) .slides section .fragment {
    opacity: 0;
    visibility: hidden;
  }

  .reveal:not(.ready) a {
    position: relative;
  }

  /*
   * Phones (src/client/reading/reading-view.ts): reveal's scroll view of tall
   * slides, the first one a page as wide as the screen, the slide centred in it.
   */
  ${PHONE_WINDOW} {
    .reveal:not(.ready) {
      --deck-first-scale: ${fitScale(PHONE_SLIDE)};
      height: calc(${PHONE_SLIDE.height}px * var(--deck-first-scale));
    }

    .reveal:not(.ready) .slides {
      display: block;
      width: 100%;
      height: 100%;
      inset: 0;
      transform: none;
    }

    .reveal:not(.ready) .slides > :is(section.present, section:has(> :target)) {
      position: absolute;
      top: 50%;
      left: 50%;
      width: ${PHONE_SLIDE.width}px;
      transform: scale(var(--deck-first-scale)) translate(-50%, -50%);
      transform-origin: 0 0;
    }
  }
}
`;
