// The drawing on the current slide: an SVG over the slide in the slide's own pixels (so every window,
// whatever its size, draws a stroke in the same place), the pen and highlighter, the eraser, and the
// laser pointer's red dot. Loaded only when someone draws or points (src/client/drawing/feature.ts).
import type { RevealApi } from 'reveal.js';
import { randomId } from '../sync/session.ts';
import { MAX_STROKE_POINTS } from '../sync/protocol.ts';
import type { TalkSync } from '../sync/talk-sync.ts';
import { strokePath } from './stroke-path.ts';
import type { DrawingTool } from './tools.ts';
import './drawing.css';

const SVG = 'http://www.w3.org/2000/svg';
/** The laser's dot goes away when the pointer rests this long (or leaves the slide). */
const POINTER_TIMEOUT_MS = 3000;

export interface Board {
  tool(): DrawingTool | null;
  setTool(tool: DrawingTool | null): void;
  clearSlide(): void;
  /** Draw the current slide's strokes again (after a slide change or another window's stroke). */
  render(): void;
  showPointer(slide: string | null, x: number, y: number): void;
}

export function createBoard(deck: RevealApi, talk: TalkSync, onTool: (tool: DrawingTool | null) => void): Board {
  const { width, height } = deck.getComputedSlideSize();
  const svg = document.createElementNS(SVG, 'svg');
  svg.classList.add('drawing');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('aria-hidden', 'true');
  const strokes = document.createElementNS(SVG, 'g');
  const live = document.createElementNS(SVG, 'path');
  const dot = document.createElementNS(SVG, 'circle');
  dot.classList.add('drawing__laser');
  dot.setAttribute('r', '14');
  svg.append(strokes, live, dot);
  let tool: DrawingTool | null = null;
  let points: number[] = [];
  let hideDot: number | undefined;

  const slideId = () => deck.getCurrentSlide()?.id ?? '';
  const attach = () => {
    // The dev server's live slides replace the slides' HTML, and the overlay with it.
    if (!svg.isConnected) deck.getSlidesElement()?.append(svg);
  };
  const toSlide = (event: PointerEvent): [number, number] => {
    const box = svg.getBoundingClientRect();
    return [((event.clientX - box.left) / box.width) * width, ((event.clientY - box.top) / box.height) * height];
  };
  const render = () => {
    attach();
    strokes.replaceChildren(
      ...talk.drawings.strokesOf(slideId()).map((stroke) => {
        const path = document.createElementNS(SVG, 'path');
        path.setAttribute('d', strokePath(stroke));
        path.classList.add(`drawing__${stroke.tool}`);
        path.dataset.id = stroke.id;
        return path;
      }),
    );
  };
  const showDot = (x: number, y: number, visible: boolean) => {
    dot.setAttribute('cx', String(x));
    dot.setAttribute('cy', String(y));
    dot.classList.toggle('drawing__laser--on', visible);
    window.clearTimeout(hideDot);
    if (visible) hideDot = window.setTimeout(() => dot.classList.remove('drawing__laser--on'), POINTER_TIMEOUT_MS);
  };
  const eraseAt = (event: PointerEvent) => {
    const hit = document.elementFromPoint(event.clientX, event.clientY);
    const id = hit instanceof SVGPathElement && hit.parentNode === strokes ? hit.dataset.id : undefined;
    if (id) talk.erase(slideId(), [id]);
  };

  let pending: [number, number] | null = null;
  const sendPointer = () => {
    if (pending) talk.pointer(slideId(), ...pending);
    pending = null;
  };
  svg.addEventListener('pointerdown', (event) => {
    if (!tool || !event.isPrimary) return;
    event.preventDefault();
    svg.setPointerCapture(event.pointerId);
    if (tool === 'eraser') return eraseAt(event);
    if (tool === 'laser') return;
    points = toSlide(event).map(Math.round);
  });
  svg.addEventListener('pointermove', (event) => {
    if (tool === 'laser') {
      const at = toSlide(event);
      showDot(...at, true);
      // One message per frame, however fast the mouse moves.
      if (!pending) requestAnimationFrame(sendPointer);
      pending = at;
      return;
    }
    if (!svg.hasPointerCapture(event.pointerId)) return;
    if (tool === 'eraser') return eraseAt(event);
    for (const each of event.getCoalescedEvents?.() ?? [event]) {
      if (points.length < 2 * MAX_STROKE_POINTS) points.push(...toSlide(each).map(Math.round));
    }
    live.setAttribute('d', strokePath({ tool: tool === 'highlighter' ? 'highlighter' : 'pen', points }, false));
    live.setAttribute('class', `drawing__${tool}`);
  });
  const finish = () => {
    if ((tool === 'pen' || tool === 'highlighter') && points.length >= 2) talk.addStroke({ id: randomId(), slide: slideId(), tool, points });
    points = [];
    live.removeAttribute('d');
  };
  svg.addEventListener('pointerup', finish);
  svg.addEventListener('pointercancel', finish);
  svg.addEventListener('pointerleave', () => {
    if (tool !== 'laser') return;
    showDot(0, 0, false);
    talk.pointer(null, 0, 0);
  });

  deck.on('slidechanged', render);
  render();
  return {
    tool: () => tool,
    setTool(next) {
      if (tool === 'laser' && next !== 'laser') talk.pointer(null, 0, 0);
      tool = next;
      if (next) svg.dataset.tool = next;
      else delete svg.dataset.tool;
      document.documentElement.classList.toggle('drawing-on', next !== null);
      onTool(next);
    },
    clearSlide() {
      const ids = talk.drawings.strokesOf(slideId()).map((stroke) => stroke.id);
      if (ids.length > 0) talk.erase(slideId(), ids);
    },
    render,
    showPointer(slide, x, y) {
      showDot(x, y, slide !== null && slide === slideId());
    },
  };
}
