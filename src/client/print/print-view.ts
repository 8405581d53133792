// reveal's print view (`?print-pdf`, used by `npm run pdf`): one page per slide in the slide's own
// size, slides laid out as on screen, internal links that jump to their page, every slide tagged.
import type { RevealApi, RevealConfig } from 'reveal.js';
import { PRINT_MARGIN } from '../../theme/tokens.ts';
import { readViewRequest } from '../reading/slide-geometry.ts';

/** The id prefix of each printed page, the target of the internal links in the PDF. */
export const PAGE_ID_PREFIX = 'pdf-';
const HIDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'inert'];

export function isPrintView(): boolean {
  return readViewRequest(location.search).print;
}

/** In the print view the page is the slide: no margin around it, fragments in their final state. */
export function printViewConfig(): Partial<RevealConfig> {
  return isPrintView() ? { margin: PRINT_MARGIN, pdfSeparateFragments: false } : {};
}

export function preparePrintView(deck: RevealApi): void {
  const slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')];
  pinScreenBoxes(slides);
  deck.on('pdf-ready', () => {
    for (const slide of slides) exposeToAssistiveTech(slide);
    centreInPages(slides, deck.getComputedSlideSize().height);
    describeBackgroundPictures(slides);
    linkToPages(slides);
    unlinkDownloads();
  });
}

/**
 * A relative download link ("Spara kontakt") would point the PDF at the server it was printed
 * from, and without its link it is a button that does nothing: leave it out. With a public URL
 * the layout writes an absolute link, which the PDF keeps.
 */
function unlinkDownloads(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[download]')) {
    if (/^[a-z]+:/i.test(link.getAttribute('href') ?? '')) continue;
    const holder = link.parentElement?.textContent?.trim() === link.textContent?.trim() ? link.parentElement : link;
    holder?.remove();
  }
}

/**
 * reveal's print CSS sets every slide's padding to 0 and its display to block, which moves text
 * and breaks flex layouts. Keep what the screen computes (this runs before the print view starts);
 * print-view.css applies it.
 */
function pinScreenBoxes(slides: HTMLElement[]): void {
  const boxes = slides.map((slide) => {
    const style = getComputedStyle(slide);
    return { slide, padding: style.padding, display: style.display };
  });
  for (const { slide, padding, display } of boxes) {
    slide.style.setProperty('--deck-print-padding', padding);
    // Slides off screen compute "none"; only a layout's own display (e.g. flex) needs keeping.
    if (display !== 'none') slide.style.setProperty('--deck-print-display', display);
  }
}

/**
 * reveal measures a slide's height before it moves the slide into its page, where a layout's
 * `height: 100%` resolves to the page: centre it again, with the formula reveal uses on screen.
 */
function centreInPages(slides: HTMLElement[], pageHeight: number): void {
  for (const slide of slides) {
    if (!slide.parentElement?.classList.contains('pdf-page')) continue;
    slide.style.top = `${Math.max((pageHeight - slide.scrollHeight) / 2, 0)}px`;
  }
}

/**
 * reveal hides every slide but the current one from assistive technology, and Chromium leaves
 * such slides out of a tagged PDF's structure. Show the slide; the result undoes it.
 */
export function exposeToAssistiveTech(slide: HTMLElement): () => void {
  const saved = HIDING_ATTRIBUTES.map((name) => [name, slide.getAttribute(name)] as const);
  for (const [name] of saved) slide.removeAttribute(name);
  return () => {
    for (const [name, value] of saved) if (value !== null) slide.setAttribute(name, value);
  };
}

/**
 * A photo slide's picture is reveal's background, described by an empty role="img" stand-in in the
 * slide. Chromium tags only what it paints, so in the PDF the picture itself carries the description
 * (a Figure with alt text).
 */
function describeBackgroundPictures(slides: HTMLElement[]): void {
  for (const slide of slides) {
    const standIn = slide.querySelector<HTMLElement>(':scope > [role="img"][aria-label]:empty');
    const picture = slide.parentElement?.querySelector<HTMLElement>(':scope > .slide-background .slide-background-content');
    if (!standIn || !picture || !slide.dataset.backgroundImage) continue;
    picture.setAttribute('role', 'img');
    picture.setAttribute('aria-label', standIn.getAttribute('aria-label') as string);
    standIn.remove();
  }
}

/** `#/id` only means something to reveal; point such links at the page that holds the slide. */
function linkToPages(slides: HTMLElement[]): void {
  for (const slide of slides) {
    const page = slide.closest<HTMLElement>('.pdf-page');
    if (page && slide.id) page.id = PAGE_ID_PREFIX + slide.id;
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.reveal .slides a[href^="#/"]')) {
    const target = document.getElementById(PAGE_ID_PREFIX + decodeURIComponent(link.hash.slice(2)));
    if (target) link.setAttribute('href', `#${target.id}`);
  }
}
