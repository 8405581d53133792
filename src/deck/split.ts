// Cut a slide file into raw slides at `---` lines, keeping every line number.
import { SlideError } from './errors.ts';
import { lineOf, scanLines, type CommentSpan, type ScanResult } from './scan.ts';
import type { RawSlide, SourceBlock } from './types.ts';

export interface SplitResult {
  slides: RawSlide[];
  errors: SlideError[];
}

// A frontmatter block opens with a `key:` line right after the separator. An
// indented key opens one too, so YAML can report the indent (a tab, say) instead
// of the settings turning into a code block on the slide; so does a quoted key.
const FRONTMATTER_KEY = /^[ \t]*(?:[A-Za-z_][\w-]*|"[^"\n]*"|'[^'\n]*')[ \t]*:/;
// YAML comment lines may come first, but then (as "# …" is also a heading) only before
// "layout:" or "id:", which no slide's text starts with.
const YAML_COMMENT = /^[ \t]*#/;
const COMMON_KEY = /^[ \t]*["']?(layout|id)["']?[ \t]*:/;

/** Remove a byte-order mark and Windows line endings, which authors never mean. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function splitSlides(file: string, text: string): SplitResult {
  const lines = text.split('\n');
  const scan = scanLines(text);
  const source: Source = { file, text, lines, scan };
  const errors: SlideError[] = [];
  const slides: RawSlide[] = [];
  if (scan.unclosedFence !== null) {
    const line = lineOf(scan.lineStarts, scan.unclosedFence);
    const column = scan.unclosedFence - scan.lineStarts[line] + 1;
    const fence = text.slice(scan.unclosedFence).match(/^(`+|~+)/)?.[0] ?? '```';
    errors.push(new SlideError('unclosed-fence', { file, line: line + 1, column, length: fence.length }, 'This code block is never closed, so the rest of the file (every "---" too) is in it', `end the code block with a line "${fence}"`));
  }
  if (scan.unclosedComment !== null) {
    const line = lineOf(scan.lineStarts, scan.unclosedComment);
    const column = scan.unclosedComment - scan.lineStarts[line] + 1;
    errors.push(
      new SlideError(
        'unclosed-comment',
        { file, line: line + 1, column, length: 4 },
        'This HTML comment is never closed, so the rest of the file is hidden in it',
        'end the comment with "-->"',
      ),
    );
  }

  // Boundaries: the start of the file, each separator, the end of the file.
  const cuts = [-1, ...scan.separators, lines.length];
  for (let c = 0; c < cuts.length - 1; c++) {
    const separator = cuts[c];
    const first = separator + 1;
    const hasSeparator = separator >= 0;
    const opensFrontmatter = hasSeparator && opensWithKey(lines, first);

    if (opensFrontmatter) {
      const closing = cuts[c + 1];
      if (closing === lines.length) {
        errors.push(
          new SlideError(
            'unclosed-frontmatter',
            { file, line: separator + 1, column: 1, length: 3 },
            'The frontmatter that opens here is never closed',
            'end the frontmatter with a line "---" before the slide text',
          ),
        );
        break;
      }
      const frontmatter = block(lines, first, closing);
      const end = cuts[c + 2];
      slides.push(makeSlide(source, separator + 1, frontmatter, closing + 1, end));
      c++;
      continue;
    }

    const end = cuts[c + 1];
    const isBlank = lines.slice(first, end).every((line) => line.trim() === '');
    // Nothing before the first separator, or after the last one, is not a slide.
    const isEdge = c === 0 || end === lines.length;
    if (isBlank && isEdge) continue;
    slides.push(makeSlide(source, Math.max(separator, 0) + 1, null, first, end));
  }
  return { slides, errors };
}

/** Whether the lines after a separator open frontmatter: a key line, or YAML comments and then "layout:" or "id:". */
function opensWithKey(lines: string[], first: number): boolean {
  if (FRONTMATTER_KEY.test(lines[first] ?? '')) return true;
  let index = first;
  while (index < lines.length && YAML_COMMENT.test(lines[index])) index++;
  return index > first && COMMON_KEY.test(lines[index] ?? '');
}

interface Source {
  file: string;
  text: string;
  lines: string[];
  scan: ScanResult;
}

function makeSlide(source: Source, line: number, frontmatter: SourceBlock | null, first: number, end: number): RawSlide {
  const { file, text, lines, scan } = source;
  // A file may end right after a closing "---", with no line break: then the body is empty.
  const start = first < lines.length ? scan.lineStarts[first] : text.length;
  const stop = end < lines.length ? scan.lineStarts[end] - 1 : text.length;
  const inside = commentsBetween(scan.comments, start, stop);
  const last = inside.at(-1);
  const notesAtEnd = last !== undefined && text.slice(last.end, stop).trim() === '';

  const notes = notesAtEnd ? commentBlock(text, scan, last) : null;
  // Blank out comments (keeping their line breaks) so positions stay true; built in
  // one pass, so a slide with many comments costs no more than its length.
  const parts: string[] = [];
  let at = start;
  for (const comment of inside) {
    parts.push(text.slice(at, comment.start), text.slice(comment.start, comment.end).replace(/[^\n]/g, ''));
    at = comment.end;
  }
  parts.push(text.slice(at, stop));
  return { file, line, frontmatter, body: { text: parts.join(''), line: first + 1 }, notes };
}

/** The comments that lie within [start, stop], found by binary search (comments are in file order). */
function commentsBetween(comments: CommentSpan[], start: number, stop: number): CommentSpan[] {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (comments[mid].start < start) low = mid + 1;
    else high = mid;
  }
  const inside: CommentSpan[] = [];
  for (let i = low; i < comments.length && comments[i].start < stop; i++) {
    if (comments[i].end <= stop) inside.push(comments[i]);
  }
  return inside;
}

function block(lines: string[], first: number, end: number): SourceBlock {
  return { text: lines.slice(first, end).join('\n'), line: first + 1 };
}

function commentBlock(text: string, scan: ScanResult, comment: CommentSpan): SourceBlock {
  const inner = text.slice(comment.start + 4, comment.end - 3);
  const line = lineOf(scan.lineStarts, comment.start);
  return { text: inner, line: line + 1, column: comment.start - scan.lineStarts[line] + 5 };
}
