// A link to a slide (#/slide-id) opened in the reading view lands with that slide's page in view.
// reveal scrolls to a share of the whole scroll height, which is off by up to a screen when pages
// differ in height (steps make a page taller) or near the end; and pages can still change height
// just after start. So: scroll the page in (scroll snapping then centres it), and again on any
// change, until the reader moves.
import type { RevealApi } from 'reveal.js';

/** What a reader does to move: after any of these the view is theirs. */
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export function alignDeepLinkInReadingView(deck: RevealApi): void {
  // The link as opened, read before reveal starts: its scroll view rewrites the address to the
  // slide it scrolled to, which near the end is the one before.
  const linked = location.hash;
  deck.on('ready', () => {
    const target = linkedSlide(linked);
    if (!target || !deck.isScrollView()) return;
    const page = target.closest<HTMLElement>('.scroll-page');
    if (!page) return;
    const align = () => page.scrollIntoView({ block: 'start' });
    const pages = new ResizeObserver(align);
    for (const each of document.querySelectorAll('.reveal .scroll-page')) pages.observe(each);
    const stop = () => {
      pages.disconnect();
      for (const move of READER_MOVES) removeEventListener(move, stop, true);
    };
    for (const move of READER_MOVES) addEventListener(move, stop, { capture: true, passive: true });
    align();
  });
}

/** The slide the address names by id (reveal's own #/2 links need no help: they are rare in shares). */
function linkedSlide(hash: string): HTMLElement | null {
  const match = /^#\/([^/?]+)\/?$/.exec(hash);
  if (!match || /^\d+$/.test(match[1])) return null;
  const element = document.getElementById(decodeLinkPart(match[1]));
  return element?.matches('.reveal .slides section') ? element : null;
}

/** A link's id, decoded; a broken escape ("%E0%A4%A", typed or cut short in a chat) names no slide rather than throwing. */
function decodeLinkPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}
