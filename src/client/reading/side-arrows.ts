// The side arrows step a page at a time, as they step slides in the slide show; the other keys
// scroll as in any document (up and down a line, Page Down and Space a screen, Home and End).
import type { ReadingPage } from './pages.ts';
import { pageInView, showPage } from './slide-link.ts';

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowLeft: -1 };

export function stepPagesWithSideArrows(pages: ReadingPage[], view: HTMLElement): void {
  addEventListener('keydown', (event) => {
    const step = STEPS[event.key];
    // With a modifier the arrow is the browser's (Alt+← goes back) or the system's.
    if (step === undefined || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const current = pageInView(pages, view);
    const next = current ? pages[pages.indexOf(current) + step] : pages[0];
    if (!next) return;
    event.preventDefault();
    showPage(next);
  });
}
