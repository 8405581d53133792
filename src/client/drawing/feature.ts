// Drawing and the laser pointer in every window of the talk: D (pen), M (highlighter), E (eraser),
// L (laser pointer), Delete (clear the slide), Esc (done), or the "Rita" button. The drawing code
// (board.ts, perfect-freehand) loads only when someone draws or points, so the audience's first
// load stays as light as before. Strokes travel with the talk's state (src/client/sync/).
import type { RevealApi } from 'reveal.js';
import { isPrintView } from '../print/print-view.ts';
import { talkSyncOf } from '../sync/deck-sync.ts';
import { windowRole } from '../window-role.ts';
import type { Board } from './board.ts';
import { TOOL_EVENT, type DrawingTool, type ToolRequest } from './tools.ts';
import { addDrawButton } from './draw-button.ts';

const KEYS: { keyCode: number; key: string; description: string; tool: DrawingTool }[] = [
  { keyCode: 68, key: 'D', description: 'Rita med penna', tool: 'pen' },
  { keyCode: 77, key: 'M', description: 'Överstrykningspenna', tool: 'highlighter' },
  { keyCode: 69, key: 'E', description: 'Sudda ett streck', tool: 'eraser' },
  // reveal.js's own L (vim-style "right") gives way: arrows, Space, N and clickers still go forward.
  { keyCode: 76, key: 'L', description: 'Laserpekare', tool: 'laser' },
];

export function offerDrawing(deck: RevealApi): void {
  const talk = talkSyncOf(deck);
  if (!talk || isPrintView()) return;
  let board: Promise<Board> | null = null;
  let toolbar: Promise<{ show(tool: DrawingTool | null): void }> | null = null;
  const load = () =>
    (board ??= Promise.all([import('./board.ts'), import('./toolbar.ts')]).then(([{ createBoard }, { createToolbar }]) => {
      const made = createBoard(deck, talk, (tool) => void toolbar?.then((bar) => bar.show(tool)));
      // The phone's slide shows no toolbar of its own: the remote's buttons steer it.
      if (windowRole() !== 'mirror') {
        const host = document.querySelector<HTMLElement>('[data-drawing-tools]') ?? document.body;
        toolbar = Promise.resolve(createToolbar(host, { choose: (tool) => made.setTool(tool), clear: () => made.clearSlide() }));
      }
      return made;
    }));
  const choose = (tool: DrawingTool | null) => void load().then((made) => made.setTool(made.tool() === tool ? null : tool));

  deck.on('ready', () => {
    for (const { keyCode, key, description, tool } of KEYS) deck.addKeyBinding({ keyCode, key, description }, () => choose(tool));
    deck.addKeyBinding({ keyCode: 46, key: 'Delete', description: 'Rensa bildens ritning' }, () => void board?.then((made) => made.clearSlide()));
    // Drawings made before this window opened.
    if (!talk.drawings.isEmpty()) void load().then((made) => made.render());
    // The phone's slide is opened to draw on: the pen is ready (the remote's buttons change it).
    if (windowRole() === 'mirror') choose('pen');
  });
  // Esc ends drawing rather than opening reveal's overview.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !document.documentElement.classList.contains('drawing-on')) return;
      event.stopPropagation();
      void board?.then((made) => made.setTool(null));
    },
    true,
  );
  talk.on('drawing', () => void load().then((made) => made.render()));
  talk.on('pointer', (slide, x, y) => void load().then((made) => made.showPointer(slide, x, y)));
  document.addEventListener(TOOL_EVENT, (event) => {
    const request = (event as CustomEvent<ToolRequest>).detail;
    void load().then((made) => ('clear' in request ? made.clearSlide() : made.setTool(request.tool)));
  });
  deck.on('ready', () => {
    if (windowRole() === 'audience') addDrawButton(() => choose('pen'));
  });
}
