// The reading view's #/slide link: a shared link opens with its slide's page in view, a link to a
// slide in the text (or the browser's Back) goes to its page, and the link follows the reader as
// they scroll, so what they copy or share is where they are.
import type { ReadingPage } from './pages.ts';

/**
 * What a link names: a slide by its id (#/slide-id) or by its place (reveal's #/3). The slide show
 * adds the step shown, and reveal the place in a vertical stack (#/slide-id/0, #/3/0/1): the reading
 * view shows every step, so the slide is all it needs.
 */
export function readSlideLink(hash: string): { id: string } | { index: number } | undefined {
  const match = /^#\/([^/?]+)(?:\/\d+)*\/?$/.exec(hash);
  if (!match) return undefined;
  if (/^\d+$/.test(match[1])) return { index: Number(match[1]) };
  const id = decodeLinkPart(match[1]);
  return id ? { id } : undefined;
}

/** The page a link names. */
export function linkedPage(pages: ReadingPage[], hash: string): ReadingPage | undefined {
  const link = readSlideLink(hash);
  if (!link) return undefined;
  return 'index' in link ? pages[link.index] : pages.find((page) => page.slide.id === link.id);
}

/** The page the reader is looking at: the one that covers the middle of the view. */
export function pageInView(pages: ReadingPage[], view: HTMLElement): ReadingPage | undefined {
  const { top, bottom } = view.getBoundingClientRect();
  const middle = (top + bottom) / 2;
  return pages.find((page) => {
    const box = page.element.getBoundingClientRect();
    return box.top <= middle && box.bottom >= middle;
  });
}

/**
 * Scrolls a page into view where the page snaps to (src/theme/reading-page.ts): its middle to the
 * view's, or its top to the view's when it is taller than the view (zoomed in), not to skip its start.
 * The page is laid out first: a page still skipped can take no focus, and its layout arriving after
 * the scroll made Firefox snap back to the page the reader had left.
 */
export function scrollToPage(page: ReadingPage): void {
  page.comeNear();
  const snap = getComputedStyle(page.element).scrollSnapAlign;
  page.element.scrollIntoView({ block: snap.startsWith('start') ? 'start' : 'center' });
}

/** Brings a page into view, and the reading (a screen reader's, the next Tab's) with it. */
export function showPage(page: ReadingPage): void {
  scrollToPage(page);
  page.slide.tabIndex = -1;
  page.slide.focus({ preventScroll: true });
}

/** "#/id" names no element in the page, so the browser would not move: go to the slide's page. */
export function followLinksToSlides(pages: ReadingPage[]): void {
  addEventListener('hashchange', () => {
    const page = linkedPage(pages, location.hash);
    if (page) showPage(page);
  });
}

export function keepLinkWhileScrolling(pages: ReadingPage[], view: HTMLElement): void {
  let timer: number | undefined;
  view.addEventListener(
    'scroll',
    () => {
      window.clearTimeout(timer);
      // Debounced: browsers throttle frequent history updates.
      timer = window.setTimeout(() => {
        const id = pageInView(pages, view)?.slide.id;
        if (id && location.hash !== `#/${id}`) history.replaceState(null, '', `#/${id}`);
      }, 300);
    },
    { passive: true },
  );
}

/** A link's id, decoded; a broken escape ("%E0%A4%A", typed or cut short in a chat) names no slide rather than throwing. */
function decodeLinkPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}
