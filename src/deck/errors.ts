// Author-facing errors: a stable code, a file position, a message and a hint.
import { codeFrameColumns } from '@babel/code-frame';
import { printable } from './invisible.ts';

/** A 1-based position in a slide file: where every error points. */
export interface Position {
  file: string;
  line: number;
  column: number;
  /** How many characters the problem spans, for the code frame's underline. */
  length?: number;
}

export const ERROR_CODES = [
  'invalid-utf8',
  'control-character',
  'unreadable-file',
  'ignored-file',
  'no-slides',
  'unclosed-frontmatter',
  'unopened-frontmatter',
  'unclosed-comment',
  'bad-yaml',
  'unknown-layout',
  'unknown-key',
  'missing-key',
  'wrong-type',
  'image-not-found',
  'missing-alt',
  'wrong-column-count',
  'wrong-structure',
  'too-deep',
  'duplicate-id',
  'duplicate-layout',
  'empty-slide',
  'unknown-link-target',
  'unsafe-link',
  'data-not-found',
  'unknown-index',
  'rank-out-of-range',
  'duplicate-entry',
  'invisible-character',
  'not-a-file',
  'file-too-large',
  'unclosed-fence',
  'unsafe-picture',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

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

// A code frame shows this many characters of a line around the error, so one
// enormous line cannot flood the terminal or the overlay.
const FRAME_WIDTH = 100;

/** Print an error with a code frame of the lines around it; invisible characters (a terminal's escape codes, bidi controls) come out escaped. */
export function formatError(error: SlideError, source: string): string {
  const { line, column, length = 1 } = error.at;
  const lines = source.split('\n', line);
  const start = Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 4, (lines[line - 1]?.length ?? 0) - FRAME_WIDTH));
  const shown = lines.map((text) => clip(text, start));
  const shift = start > 0 ? start - 1 : 0;
  const frame = codeFrameColumns(
    shown.join('\n'),
    { start: { line, column: column - shift }, end: { line, column: column - shift + Math.max(1, Math.min(length, FRAME_WIDTH, (lines[line - 1]?.length ?? 0) - column + 1)) } },
    { linesAbove: 1, linesBelow: 0, highlightCode: false },
  );
  return printable([`${error.location}  error[${error.code}]  ${error.message}`, frame, `hint: ${error.hint}`].join('\n'));
}

/** A line cut to the frame's window from `start`, with "…" where text was left out. */
function clip(text: string, start: number): string {
  if (text.length <= start) return '';
  const head = start > 0 ? '…' : '';
  const tail = start + FRAME_WIDTH < text.length ? '…' : '';
  return head + text.slice(start, start + FRAME_WIDTH) + tail;
}

// More errors than this are counted, not printed: the first ones are the ones to fix,
// and a file of a thousand mistakes should not bury the terminal (or take long to print).
const MAX_PRINTED = 30;

/** Every error of a deck (up to MAX_PRINTED), each with a code frame from its file's text. */
export function formatDeckErrors(deck: { errors: readonly SlideError[]; sources: ReadonlyMap<string, string> }): string {
  const count = deck.errors.length;
  const blocks = deck.errors.slice(0, MAX_PRINTED).map((error) => formatError(error, deck.sources.get(error.at.file) ?? ''));
  if (count > MAX_PRINTED) blocks.push(`…and ${count - MAX_PRINTED} more errors, not shown: fix these first, they often cause the rest.`);
  return `${count} error${count === 1 ? '' : 's'} in the slides:\n\n${blocks.join('\n\n')}`;
}
