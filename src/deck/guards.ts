// Catch slide bodies that Markdown would misread or cut short without a word.
import { SlideError } from './errors.ts';
import type { Position, RawSlide, Token } from './types.ts';

/** Lists and quotes inside each other; deeper than this no slide is readable (and markdown-it stops at 100 tokens). */
export const MAX_DEPTH = 20;

const CONTAINERS = new Set(['bullet_list_open', 'ordered_list_open', 'blockquote_open']);
// "layout: …" as a slide's first line: frontmatter whose opening "---" is missing.
const LOOSE_LAYOUT = /^[ \t]*layout[ \t]*:/;

/** A slide without frontmatter that starts with "layout:" lost its opening "---". */
export function checkUnopenedFrontmatter(raw: RawSlide): SlideError | null {
  if (raw.frontmatter) return null;
  const lines = raw.body.text.split('\n');
  const index = lines.findIndex((line) => line.trim() !== '');
  if (index === -1 || !LOOSE_LAYOUT.test(lines[index])) return null;
  const column = lines[index].length - lines[index].trimStart().length + 1;
  const at: Position = { file: raw.file, line: raw.body.line + index, column, length: lines[index].trim().length };
  return new SlideError('unopened-frontmatter', at, 'This looks like frontmatter, but no "---" line opens it', 'put a line "---" right above it, so the slide reads it as settings and not as text');
}

/** The first list or quote that nests deeper than MAX_DEPTH, if any. */
export function findTooDeep(tokens: Token[]): Token | null {
  let depth = 0;
  for (const token of tokens) {
    if (!CONTAINERS.has(token.type.replace(/_close$/, '_open'))) continue;
    depth += token.nesting;
    if (depth > MAX_DEPTH) return token;
  }
  return null;
}
