// Small queries over markdown-it block tokens, for layouts that need structure.
import type { RawSlide, Token } from './types.ts';

/** The top-level blocks of a token list, each from its open to its close token. */
export function topLevelBlocks(tokens: Token[]): Token[][] {
  const blocks: Token[][] = [];
  let depth = 0;
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    depth += token.nesting;
    if (depth === 0) {
      blocks.push(current);
      current = [];
    }
  }
  return blocks;
}

/** Heading level of a block (1 for `#`), or 0 when the block is not a heading. */
export function headingLevel(block: Token[]): number {
  const open = block[0];
  return open?.type === 'heading_open' ? Number(open.tag.slice(1)) : 0;
}

/** The plain text of a block, as a screen reader or a slug would read it. */
export function plainText(block: Token[]): string {
  return block
    .filter((token) => token.type === 'inline')
    .map((token) => (token.children ?? []).map(childText).join(''))
    .join(' ')
    .trim();
}

function childText(token: Token): string {
  if (token.type === 'softbreak' || token.type === 'hardbreak') return ' ';
  if (token.type === 'image') return '';
  return token.content;
}

/** Move every heading by `shift` levels: on a slide `#` is an h2, as the deck has one h1. */
export function shiftHeadings(tokens: Token[], shift: number): Token[] {
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
  }
  return tokens;
}

/** Every inline child token, with the block token (and so the line) it sits in. */
export function* inlineChildren(tokens: Token[]): Generator<{ child: Token; parent: Token }> {
  for (const parent of tokens) {
    for (const child of parent.children ?? []) yield { child, parent };
  }
}

const linesOf = new WeakMap<RawSlide, string[]>();

/** A slide body's lines, split once however many positions are looked up in it. */
export function bodyLines(raw: RawSlide): string[] {
  let lines = linesOf.get(raw);
  if (!lines) linesOf.set(raw, (lines = raw.body.text.split('\n')));
  return lines;
}
