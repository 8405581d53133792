// Author-facing errors: a stable code, a file position, a message and a hint.
import { codeFrameColumns } from '@babel/code-frame';
import type { Position } from './types.ts';

export type ErrorCode =
  | 'invalid-utf8'
  | 'unreadable-file'
  | 'no-slides'
  | 'unclosed-frontmatter'
  | 'unclosed-comment'
  | 'bad-yaml'
  | 'unknown-layout'
  | 'unknown-key'
  | 'missing-key'
  | 'wrong-type'
  | 'image-not-found'
  | 'missing-alt'
  | 'wrong-column-count'
  | 'wrong-structure'
  | 'duplicate-id'
  | 'empty-slide'
  | 'unknown-link-target'
  | 'unsafe-link'
  | 'data-not-found'
  | 'unknown-index'
  | 'rank-out-of-range'
  | 'duplicate-entry';

export class SlideError extends Error {
  override name = 'SlideError';

  constructor(
    readonly code: ErrorCode,
    readonly at: Position,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }

  /** `file:line:column`, as editors and terminals link it. */
  get location(): string {
    return `${this.at.file}:${this.at.line}:${this.at.column}`;
  }
}

/** Print an error with a code frame of the lines around it. */
export function formatError(error: SlideError, source: string): string {
  const { line, column, length = 1 } = error.at;
  const frame = codeFrameColumns(
    source,
    { start: { line, column }, end: { line, column: column + length } },
    { linesAbove: 1, linesBelow: 0, highlightCode: false },
  );
  return [
    `${error.location}  error[${error.code}]  ${error.message}`,
    frame,
    `hint: ${error.hint}`,
  ].join('\n');
}
