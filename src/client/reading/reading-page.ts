// The reading view (phones, ?view=scroll) without reveal.js: the slides as pages one under another,
// in the elements and classes of reveal's scroll view (pages.ts), so the theme styles them alike.
// reveal.js starting a scroll view of 26 pages held a phone's main thread for about half a second
// (issue 17); this takes a few milliseconds and a tenth of the script. The slide show is one
// button away ("Visa som bildspel", view-switch.ts).
import { isFramedByStranger, showFramedNotice } from '../frame-guard.ts';
import { SLIDES_EVENT } from '../live/live-event.ts';
import { isContrastForced } from '../accessibility/contrast-param.ts';
import { pointLinksAtSlides } from '../print/links-on-paper.ts';
import { buildPages, type ReadingPage } from './pages.ts';
import { readViewRequest, slideGeometry } from './slide-geometry.ts';
import { stepPagesWithSideArrows } from './side-arrows.ts';
import { followLinksToSlides, keepLinkWhileScrolling, linkedPage, scrollToPage } from './slide-link.ts';
import { addViewSwitch, switchViewWhenResized } from './view-switch.ts';

/** How far ahead of the view a page's pictures are fetched: a screen's height. */
const LOAD_AHEAD = '100% 0px';

if (isFramedByStranger()) showFramedNotice();
else startReadingPage();

function startReadingPage(): void {
  const request = readViewRequest(location.search);
  const geometry = () => slideGeometry(innerWidth, innerHeight, request);
  const view = document.body;
  const deck = document.querySelector('.reveal') as HTMLElement;
  // The slides are the page's main content, a document to read (reveal marks its deck an application).
  deck.setAttribute('role', 'main');
  document.documentElement.classList.toggle('high-contrast', isContrastForced());
  // One task with the pages: the first paint's layout (src/theme/first-paint.ts) hands over to this one.
  const pages = buildPages(deck.querySelector('.slides') as HTMLElement);
  document.documentElement.classList.add('deck-reading');
  view.classList.add('reveal-viewport', 'reveal-scroll');
  deck.classList.add('scroll');
  sizePages(view, geometry());
  // The keys scroll the focused element's scroller, the window's when nothing has the focus; here
  // the body scrolls. Focused, it takes the arrows, Page Down and Space; the first Tab still goes
  // to the first control (the view switch).
  view.tabIndex = -1;
  view.focus({ preventScroll: true });
  addViewSwitch(true);
  const linked = linkedPage(pages, location.hash);
  if (linked) scrollToPage(linked);
  loadPagesAsTheyComeNear(pages, view);
  keepLinkWhileScrolling(pages, view);
  followLinksToSlides(pages);
  stepPagesWithSideArrows(pages, view);
  addEventListener('resize', () => sizePages(view, geometry()));
  switchViewWhenResized(() => geometry().reading);
  printEveryPage(pages);
  // In dev a saved slide file reloads the page, which the link brings back to the same slide.
  import.meta.hot?.on(SLIDES_EVENT, () => location.reload());
  // As reveal.js marks its deck ready, for tools that wait for either view (the bench, tests).
  deck.classList.add('ready');
  deck.dispatchEvent(new Event('ready', { bubbles: true }));
}

/** The sizes reveal's scroll view gave its pages, for the reading view's CSS (src/theme/reading-page.ts). */
function sizePages(view: HTMLElement, { width, height, scale }: { width: number; height: number; scale: number }): void {
  const pageHeight = height * scale;
  const properties = {
    '--slide-width': `${width}px`,
    '--slide-scale': String(scale),
    '--page-height': `${pageHeight}px`,
    // A page shorter than the view snaps to its middle; a taller one (zoomed in) to its top.
    '--page-snap': pageHeight < view.clientHeight ? 'center' : 'start',
  };
  for (const [name, value] of Object.entries(properties)) view.style.setProperty(name, value);
  // For layouts: full-bleed ones need the slide's height, and some grow with its width (src/layouts/).
  document.documentElement.style.setProperty('--deck-view-slide-height', `${height}px`);
  document.documentElement.style.setProperty('--deck-view-slide-width-number', String(width));
}

/** Printing gets every picture, not only those of pages seen so far, and links that jump to their page. */
function printEveryPage(pages: ReadingPage[]): void {
  let restoreLinks: (() => void) | undefined;
  addEventListener('beforeprint', () => {
    pages.forEach((page) => page.comeNear());
    restoreLinks?.();
    restoreLinks = pointLinksAtSlides();
  });
  addEventListener('afterprint', () => {
    restoreLinks?.();
    restoreLinks = undefined;
  });
}

function loadPagesAsTheyComeNear(pages: ReadingPage[], view: HTMLElement): void {
  const byElement = new Map(pages.map((page) => [page.element, page]));
  const near = new IntersectionObserver(
    (entries) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        byElement.get(target as HTMLElement)?.comeNear();
        near.unobserve(target);
      }
    },
    { root: view, rootMargin: LOAD_AHEAD },
  );
  for (const page of pages) near.observe(page.element);
}
