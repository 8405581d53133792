// Find slide separators and HTML comments in a file, skipping code fences.
export interface CommentSpan {
  /** Offsets into the text: `start` at `<!--`, `end` just after `-->`. */
  start: number;
  end: number;
}

export interface ScanResult {
  /** 0-based indexes of the lines that are a `---` separator. */
  separators: number[];
  comments: CommentSpan[];
  /** Offset of the first character of each line. */
  lineStarts: number[];
  /** Offset of an HTML comment that is never closed, if any. */
  unclosedComment: number | null;
  /** Offset of a code fence that is never closed (it hides every "---" after it), if any. */
  unclosedFence: number | null;
}

const SEPARATOR = /^---[ \t]*$/;
// Up to three spaces of indent; four or more make an indented code block.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function scanLines(text: string): ScanResult {
  const lines = text.split('\n');
  const separators: number[] = [];
  const comments: CommentSpan[] = [];
  const lineStarts: number[] = [];
  let fence: string | null = null;
  let fenceStart = 0;
  let commentStart: number | null = null;
  let offset = 0;

  lines.forEach((line, index) => {
    lineStarts.push(offset);
    const lineStart = offset;
    offset += line.length + 1;

    if (commentStart !== null) {
      const close = line.indexOf('-->');
      if (close === -1) return;
      comments.push({ start: commentStart, end: lineStart + close + 3 });
      commentStart = null;
      findComments(line, close + 3);
      return;
    }
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      fenceStart = lineStart + line.indexOf(fence);
      return;
    }
    if (SEPARATOR.test(line)) {
      separators.push(index);
      return;
    }
    findComments(line, 0);

    function findComments(text: string, from: number): void {
      let at = text.indexOf('<!--', from);
      while (at !== -1) {
        const close = text.indexOf('-->', at + 4);
        if (close === -1) {
          commentStart = lineStart + at;
          return;
        }
        comments.push({ start: lineStart + at, end: lineStart + close + 3 });
        at = text.indexOf('<!--', close + 3);
      }
    }
  });

  return { separators, comments, lineStarts, unclosedComment: commentStart, unclosedFence: fence === null ? null : fenceStart };
}

/** 0-based line index that holds a text offset. */
export function lineOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
