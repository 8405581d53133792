// A horizontal swipe on the phone: left for the next slide, right for the previous one. Vertical
// movement (scrolling the notes) and taps on buttons are left alone.

const MIN_DISTANCE = 60;

export function onSwipe(area: HTMLElement, handler: (direction: 'left' | 'right') => void): void {
  let start: { x: number; y: number; id: number } | null = null;
  area.addEventListener('pointerdown', (event) => {
    const onButton = event.target instanceof Element && event.target.closest('button, a, iframe');
    start = event.isPrimary && !onButton ? { x: event.clientX, y: event.clientY, id: event.pointerId } : null;
  });
  area.addEventListener('pointerup', (event) => {
    if (!start || event.pointerId !== start.id) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = null;
    if (Math.abs(dx) >= MIN_DISTANCE && Math.abs(dx) > 2 * Math.abs(dy)) handler(dx < 0 ? 'left' : 'right');
  });
  area.addEventListener('pointercancel', () => (start = null));
}
