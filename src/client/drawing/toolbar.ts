// The drawing toolbar: pen, highlighter, eraser, laser pointer, clear the slide, done. Real buttons
// with Swedish names and their keys, so it works with a keyboard and a screen reader too.
import { TOOL_NAMES, type DrawingTool } from './tools.ts';

const KEYS: Record<DrawingTool, string> = { pen: 'D', highlighter: 'M', eraser: 'E', laser: 'L' };

export interface Toolbar {
  show(tool: DrawingTool | null): void;
}

export interface ToolbarActions {
  choose(tool: DrawingTool | null): void;
  clear(): void;
}

export function createToolbar(host: HTMLElement, actions: ToolbarActions): Toolbar {
  const bar = document.createElement('div');
  bar.className = 'drawing-tools';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Rita på bilden');
  bar.hidden = true;
  const button = (label: string, key: string, action: () => void) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'drawing-tools__button';
    element.textContent = label;
    element.setAttribute('aria-keyshortcuts', key);
    element.title = `${label} (${key})`;
    element.addEventListener('click', (event) => {
      action();
      // A mouse click leaves no focus behind, so the arrow keys go on to the deck.
      if (event.detail > 0) element.blur();
    });
    bar.append(element);
    return element;
  };
  const tools = (Object.keys(TOOL_NAMES) as DrawingTool[]).map((tool) => {
    const element = button(TOOL_NAMES[tool], KEYS[tool], () => actions.choose(tool));
    element.dataset.tool = tool;
    return element;
  });
  button('Rensa bilden', 'Delete', () => actions.clear());
  button('Klar', 'Escape', () => actions.choose(null));
  host.append(bar);
  return {
    show(tool) {
      bar.hidden = tool === null;
      for (const element of tools) element.setAttribute('aria-pressed', String(element.dataset.tool === tool));
    },
  };
}
