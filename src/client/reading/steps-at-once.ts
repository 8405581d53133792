// In the reading view a slide's steps (fragments) all show at once: a reader reads at their own
// pace. reveal's scroll view would instead hold the slide's page for another screen of scrolling
// and show each step at a share of the whole page's scroll height, which with pages of different
// heights (the compact layout) is not where the page stands: the step came early, late or never
// (after a link to the slide, or a key press that scrolled past it). Without its steps the page is
// a page like any other; the slide show gets them back, as reveal restores its slides' HTML then.
import type { RevealApi } from 'reveal.js';

export function showStepsAtOnceWhenReading(deck: RevealApi): void {
  deck.on('ready', () => {
    const viewport = deck.getViewportElement();
    if (!viewport) return;
    const unfold = () => {
      if (deck.isScrollView() && unfoldSteps(deck.getSlidesElement())) deck.layout();
    };
    // reveal marks its viewport when the scroll view starts: at load, or when a window narrows.
    new MutationObserver(unfold).observe(viewport, { attributes: true, attributeFilter: ['class'] });
    unfold();
  });
}

/** Make the slides' steps plain content; whether there were any (reveal's pages then need laying out again). */
function unfoldSteps(slides: HTMLElement | null): boolean {
  const steps = slides?.querySelectorAll('.fragment') ?? [];
  for (const step of steps) step.classList.remove('fragment', 'visible', 'current-fragment');
  return steps.length > 0;
}
