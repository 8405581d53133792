// Where Markdown stands in its file (a slide's body, or its notes inside "<!-- … -->"), for positions in errors.
import type { Position, Token } from './types.ts';

/** Lines of Markdown as they stand in their file: a slide's body, or its notes inside "<!-- … -->". */
export interface MarkdownSource {
  file: string;
  lines: string[];
  /** 1-based line of the first line. */
  line: number;
  /** 1-based column of the first line's first character (notes start after "<!--"). */
  column: number;
}

/** Where a character stands in the file, by its 0-based line and column in the source. */
export function positionIn(source: MarkdownSource, index: number, column: number, length = 1): Position {
  return { file: source.file, line: source.line + index, column: column + 1 + (index === 0 ? source.column - 1 : 0), length };
}

/** A block token's position: its first line, at its first non-blank character. */
export function blockPosition(source: MarkdownSource, token: Token): Position {
  const index = token.map?.[0] ?? 0;
  const text = source.lines[index] ?? '';
  return positionIn(source, index, text.length - text.trimStart().length, Math.max(1, text.trim().length));
}
