// A slide's speaker notes as the plain text PowerPoint's notes pane takes: paragraphs, bullets, no markup.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);

/** The notes' HTML (as the deck rendered it) as lines of text; list items start with a bullet. */
export function notesText(html: string | null): string {
  if (!html) return '';
  const lines: string[] = [];
  let line = '';
  const BULLET = /^\s*(•|–)?\s*$/;
  // A paragraph inside a list item keeps the item's bullet.
  const finish = () => {
    if (BULLET.test(line)) return;
    lines.push(line.replace(/\s+/g, ' ').trim());
    line = '';
  };
  const visit = (node: Node, depth: number): void => {
    if (node.nodeName === '#text' && 'value' in node) line += node.value;
    if (!('childNodes' in node)) return;
    const tag = node.nodeName;
    if (BLOCKS.has(tag) || tag === 'br') finish();
    if (tag === 'li') line = depth > 1 ? '– ' : '• ';
    const nested = tag === 'ul' || tag === 'ol' ? depth + 1 : depth;
    for (const child of node.childNodes) visit(child, nested);
    if (BLOCKS.has(tag)) finish();
  };
  visit(parseFragment(html), 0);
  finish();
  return lines.join('\n');
}
