// The drawing tools and their Swedish names, shared by the deck's toolbar and the phone's remote.

export type DrawingTool = 'pen' | 'highlighter' | 'eraser' | 'laser';

export const TOOL_NAMES: Record<DrawingTool, string> = {
  pen: 'Penna',
  highlighter: 'Överstrykningspenna',
  eraser: 'Sudd',
  laser: 'Laserpekare',
};

/** What the phone's remote asks its slide (an iframe of the deck) to do, as an event on its document. */
export const TOOL_EVENT = 'deck:drawing-tool';
export type ToolRequest = { tool: DrawingTool | null } | { clear: true };
