// The handout's look: each slide at the top of an A4 page, its notes under it, longer notes on pages of their own.

/** The notes' type sizes in px, largest first: on A4 the smallest prints at about 10 pt. */
export const NOTES_SIZES = [28, 26, 24, 22];

export function handoutCss(pageHeight: number, slideHeight: number): string {
  return /* css */ `
    :root { --handout-page-height: ${pageHeight}px; --handout-slide-height: ${slideHeight}px; }
    /* Real A4, portrait: the page a slide wide is scaled onto it when printed (print-deck.ts). */
    @page { size: A4 portrait; margin: 0; }
    html.reveal-print body .reveal .slides .pdf-page {
      break-after: auto !important;
      page-break-after: auto !important;
    }
    .handout__notes {
      position: relative;
      box-sizing: border-box;
      /* The slide's page is 1 px shorter than the slide (reveal's pdfPageHeightOffset), which keeps this inside the paper. */
      height: calc(var(--handout-page-height) - var(--handout-slide-height));
      padding: 40px 72px 56px;
      overflow: hidden;
      border-top: 6px solid var(--deck-blue);
      background: var(--deck-white);
      color: var(--deck-ink);
      font-family: var(--deck-font);
      font-size: ${NOTES_SIZES[0]}px;
      line-height: 1.45;
      text-align: left;
      break-after: page;
    }
    .handout__notes:last-child { break-after: auto; }
    /* Notes too long for one page go on under the same label, a page of their own each. */
    .handout__notes--continued { height: calc(var(--handout-page-height) - 1px); }
    .handout__item--continued { list-style: none; }
    .handout__label {
      margin: 0 0 0.8em;
      font-size: ${0.8 * NOTES_SIZES[0]}px;
      font-weight: 700;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--deck-blue-deep);
    }
    .handout__text > :first-child { margin-top: 0; }
    .handout__text p { margin: 0 0 0.7em; }
    .handout__text ul,
    .handout__text ol { margin: 0 0 0.7em; padding-left: 1.2em; }
    .handout__text--empty { font-style: italic; }
  `;
}
