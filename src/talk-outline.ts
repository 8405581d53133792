// The talk as plain text, slide by slide: its layout, id, settings and what it says. tests/talk-outline.txt
// keeps the accepted one, so any change to the talk shows as a difference the speaker accepts on purpose.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { renderDeck, type RenderOptions, type Slide } from './deck/index.ts';

/** Where the accepted outline of the speaker's talk is kept (tests/unit/talk.test.ts compares it). */
export const OUTLINE_FILE = 'tests/talk-outline.txt';

type Node = DefaultTreeAdapterMap['node'];

/** Elements whose text is a line of its own. */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'dt', 'dd', 'th', 'td', 'pre']);
/** Not the slide's words: speaker notes, charts and their tables (drawn from a data file the outline names). */
const SKIPPED = new Set(['aside', 'svg', 'table', 'script', 'style']);

const OPTIONS: RenderOptions = { notes: false, attachments: 'files', publicUrl: '', speaker: { name: '', organisation: '' }, pictureSizes: '100vw' };

export function talkOutline(slides: readonly Slide[]): string {
  return `${slides.map(slideOutline).join('\n\n')}\n`;
}

function slideOutline(slide: Slide): string {
  const settings = Object.entries(slide.props as Record<string, unknown>)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `  ${key}: ${String(value)}`);
  const html = renderDeck([slide], OPTIONS).html;
  return [`## ${slide.layout.name} #/${slide.id} (${slide.raw.file})`, ...settings, ...textLines(html)].join('\n');
}

/** The visible text of a rendered slide, a line per paragraph, heading or list item. */
function textLines(html: string): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeName === '#text' && 'value' in node) line += node.value;
    if (!('tagName' in node)) return;
    if (SKIPPED.has(node.tagName) || node.attrs.some((attr) => attr.name === 'hidden')) return;
    if (node.tagName === 'br') line += ' ';
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    node.childNodes.forEach(visit);
    if (block) flush();
  };
  parseFragment(html).childNodes.forEach(visit);
  flush();
  return lines;
}
