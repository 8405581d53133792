// "Rita" on the phone: the current slide (an iframe of the deck in its ?mirror role, which follows
// the talk through the relay) with the drawing tools under it. A finger draws or points on it, and
// the strokes and the laser's dot show on the projector. Made only when first asked for.
import { TOOL_EVENT, TOOL_NAMES, type DrawingTool, type ToolRequest } from '../drawing/tools.ts';
import { RELAY_PARAM, session } from '../sync/session.ts';
import type { RemoteParts } from './parts.ts';

let frame: HTMLIFrameElement | null = null;

export function toggleDrawing(parts: RemoteParts): void {
  const open = parts.drawing.hidden;
  parts.drawing.hidden = !open;
  parts.draw.setAttribute('aria-expanded', String(open));
  if (open && !frame) frame = buildPanel(parts.drawing);
  // Closing puts the pen down, so the slide on the laptop takes clicks again.
  if (!open) request({ tool: null });
}

function request(detail: ToolRequest): void {
  frame?.contentDocument?.dispatchEvent(new CustomEvent(TOOL_EVENT, { detail }));
}

function buildPanel(panel: HTMLElement): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.className = 'remote__mirror';
  iframe.title = 'Bilden att rita på';
  const url = new URL('./', window.location.href);
  url.search = `mirror&${RELAY_PARAM}=${encodeURIComponent(session().key)}`;
  iframe.src = url.href;
  const tools = document.createElement('div');
  tools.className = 'remote__tools remote__drawing-tools';
  tools.setAttribute('role', 'group');
  tools.setAttribute('aria-label', 'Ritverktyg');
  const buttons = (Object.keys(TOOL_NAMES) as DrawingTool[]).map((tool) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'remote__button';
    button.textContent = TOOL_NAMES[tool];
    // The slide starts with the pen (src/client/drawing/feature.ts).
    button.setAttribute('aria-pressed', String(tool === 'pen'));
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button && on));
      request({ tool: on ? tool : null });
    });
    return button;
  });
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'remote__button';
  clear.textContent = 'Rensa bilden';
  clear.addEventListener('click', () => request({ clear: true }));
  tools.append(...buttons, clear);
  panel.append(iframe, tools);
  return iframe;
}
