// The button that switches between the reading view and the slide show, first in the page so the
// first Tab reaches it. The other view is another load of the page (?view=…), on the same slide.

export function addViewSwitch(reading: boolean): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'view-switch';
  button.textContent = reading ? 'Visa som bildspel' : 'Visa som läsvy';
  button.addEventListener('click', () => location.assign(`?view=${reading ? 'slides' : 'scroll'}${location.hash}`));
  document.body.prepend(button);
}

/**
 * A window that crosses into the other view's sizes (a phone turned, a window narrowed to a
 * phone's width) opens that view: the page again, on the same slide (the link names it).
 */
export function switchViewWhenResized(reading: () => boolean): void {
  const opened = reading();
  addEventListener('resize', () => {
    if (reading() !== opened) location.reload();
  });
}
