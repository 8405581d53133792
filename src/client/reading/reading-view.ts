// Phones read the talk in reveal's scroll view, on slides sized so the text stays large (and grows
// with the browser's zoom, reading-size.ts); a button switches between it and the slide show.
import type { RevealApi, RevealConfig } from 'reveal.js';
import { SCROLL_ACTIVATION_WIDTH, SLIDE_MARGIN } from '../../theme/tokens.ts';
import { windowRole } from '../window-role.ts';
import { readViewRequest, slideGeometry } from './slide-geometry.ts';

/** Slide size and scroll-view settings for this screen and the view asked for in the URL. */
export function readingViewConfig(): Partial<RevealConfig> {
  const request = readViewRequest(location.search);
  const { reading, width, height, minScale } = slideGeometry(window.innerWidth, window.innerHeight, request);
  return {
    width,
    height,
    // In the reading view the width, not the height, sets the scale: a page taller than the
    // window scrolls; shrinking it to the window's height would shrink the text.
    ...(reading ? { minScale, view: 'scroll' as const } : {}),
    // Asked for outright (above), reveal opens the scroll view before it reads the #/slide link,
    // so a shared link lands on its slide (auto-activation would reset it to the first).
    margin: SLIDE_MARGIN,
    // `?view=slides` keeps the slide show even on a phone.
    scrollActivationWidth: request.view === 'slides' ? 0 : SCROLL_ACTIVATION_WIDTH,
    scrollLayout: 'compact',
    scrollSnap: 'proximity',
  };
}

/** Resize the slides when the window (or the browser's zoom) changes, and offer the other view. */
export function installReadingView(deck: RevealApi): void {
  if (windowRole() !== 'audience') return;
  let size = sizeOf(readingViewConfig());
  exposeSlideSize(readingViewConfig());
  window.addEventListener('resize', () => {
    const config = readingViewConfig();
    if (sizeOf(config) === size) return;
    size = sizeOf(config);
    deck.configure({ width: config.width, height: config.height, minScale: config.minScale ?? DEFAULT_MIN_SCALE });
    exposeSlideSize(config);
  });
  // First in the page, so the first Tab reaches it.
  deck.on('ready', () => document.body.prepend(viewSwitch(deck)));
  keepLinkWhileScrolling(deck);
}

/** reveal's default: the slide show may shrink its slides this far to fit a window. */
const DEFAULT_MIN_SCALE = 0.2;

function sizeOf(config: Partial<RevealConfig>): string {
  return `${config.width}×${config.height}@${config.minScale}`;
}

/** reveal's scroll view does not write the #/slide link as you scroll; keep it current. */
function keepLinkWhileScrolling(deck: RevealApi): void {
  let timer: number | undefined;
  deck.on('slidechanged', () => {
    if (!deck.isScrollView()) return;
    window.clearTimeout(timer);
    // Debounced: browsers throttle frequent history updates.
    timer = window.setTimeout(() => {
      const id = slideInView()?.id;
      if (id && location.hash !== `#/${id}`) history.replaceState(null, '', `#/${id}`);
    }, 300);
  });
}

/**
 * The slide the reader is looking at: the one whose page covers the middle of the screen.
 * (reveal's current slide in the scroll view is often the one before it.)
 */
function slideInView(): HTMLElement | null {
  const middle = window.innerHeight / 2;
  for (const page of document.querySelectorAll<HTMLElement>('.reveal .scroll-page')) {
    const { top, bottom } = page.getBoundingClientRect();
    if (top <= middle && bottom >= middle) return page.querySelector('section');
  }
  return null;
}

/**
 * The slides' size for CSS: the scroll view gives centred slides their content's height, and
 * full-bleed layouts need the slide's; the width as a plain number, for layouts that grow with it
 * (a number divides in every engine; container units inside tan(atan2()) came out 0 in WebKit).
 */
function exposeSlideSize({ width, height }: Partial<RevealConfig>): void {
  const root = document.documentElement.style;
  root.setProperty('--deck-view-slide-height', `${height}px`);
  root.setProperty('--deck-view-slide-width-number', String(width));
}

function viewSwitch(deck: RevealApi): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'view-switch';
  const label = () => (deck.isScrollView() ? 'Visa som bildspel' : 'Visa som läsvy');
  button.textContent = label();
  button.addEventListener('click', () => {
    const next = deck.isScrollView() ? 'slides' : 'scroll';
    location.assign(`?view=${next}${location.hash}`);
  });
  deck.on('resize', () => (button.textContent = label()));
  return button;
}
