// What the relay tells the phone about the talk: each slide's id, title, fragment steps and notes.
// Titles and notes come from the loader (the notes never go into the public site); the fragments
// are counted in the built page, as reveal.js will step through them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Slide } from '../deck/index.ts';
import type { OutlineSlide } from '../client/sync/protocol.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export function talkOutline(slides: Slide[], distDir: string): OutlineSlide[] {
  const steps = fragmentSteps(readFileSync(join(distDir, 'index.html'), 'utf8'));
  return slides.map((slide) => ({ id: slide.id, title: slide.title, fragments: steps.get(slide.id) ?? 0, notes: slide.notesHtml }));
}

/** Each section's number of fragment steps: fragments sharing a data-fragment-index are one step. */
export function fragmentSteps(html: string): Map<string, number> {
  const steps = new Map<string, number>();
  const visit = (node: Node, section: string | null, found: Set<string>): void => {
    if (!('tagName' in node)) return;
    if (node.tagName === 'section') {
      const id = attribute(node, 'id') ?? '';
      const own = new Set<string>();
      for (const child of node.childNodes) visit(child, id, own);
      steps.set(id, own.size);
      return;
    }
    if (section !== null && (attribute(node, 'class') ?? '').split(/\s+/).includes('fragment')) {
      found.add(attribute(node, 'data-fragment-index') ?? `own-${found.size}`);
    }
    for (const child of node.childNodes) visit(child, section, found);
  };
  const root = parse(html);
  for (const child of root.childNodes) visit(child, null, new Set());
  return steps;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}
