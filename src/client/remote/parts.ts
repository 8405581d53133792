// The remote page's parts, found by their data-part names in remote.html.

const NAMES = ['connection', 'clock', 'elapsed', 'countdown', 'countdownLabel', 'remaining', 'now', 'position', 'title', 'next', 'notes', 'drawing', 'black', 'timer', 'draw', 'previous', 'forward'] as const;
type Name = (typeof NAMES)[number];
const BUTTONS = ['black', 'timer', 'draw', 'previous', 'forward'] as const;
type ButtonName = (typeof BUTTONS)[number];

export type RemoteParts = { [N in Exclude<Name, ButtonName>]: HTMLElement } & { [N in ButtonName]: HTMLButtonElement };

export function findRemoteParts(root: ParentNode = document): RemoteParts {
  const parts = {} as Record<Name, HTMLElement>;
  for (const name of NAMES) {
    const element = root.querySelector<HTMLElement>(`[data-part="${name}"]`);
    if (!element) throw new Error(`remote.html has no data-part="${name}"`);
    parts[name] = element;
  }
  return parts as RemoteParts;
}
