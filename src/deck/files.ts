// Find and read the slide files: every "*.md" in the folder, as strict UTF-8.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SlideFile } from './types.ts';
import { fileError, MAX_TEXT_BYTES } from './entries.ts';
import { SlideError } from './errors.ts';
import { countInvisible, findInvisible, invisibleHint } from './invisible.ts';
import { normaliseText } from './split.ts';

// Names an author may mean as slides but that are not read: "05.MD", "05.markdown".
const MARKDOWN_LIKE = /\.(md|markdown|mdown|mkd)$/i;

export interface SlideFolder {
  /** Slide file names in name order, numbers compared as numbers ("2-" before "10-"). */
  names: string[];
  /** Files that look like slides but are not read, each reported. */
  ignored: string[];
}

/**
 * List a folder's slide files. Hidden files (".#05.md" editor locks, "._05.md" from
 * macOS) are skipped; anything else named "*.md" is read, so a broken link or a
 * folder of that name is reported rather than dropped.
 */
export function listSlideFolder(dir: string): SlideFolder {
  let entries: string[];
  try {
    entries = readdirSync(dir).filter((name) => !name.startsWith('.'));
  } catch {
    return { names: [], ignored: [] };
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'sv', { numeric: true });
  return {
    names: entries.filter((name) => name.endsWith('.md')).sort(byName),
    ignored: entries.filter((name) => !name.endsWith('.md') && MARKDOWN_LIKE.test(name)).sort(byName),
  };
}

/** Slide file names in name order (see listSlideFolder). */
export function listSlideFiles(dir: string): string[] {
  return listSlideFolder(dir).names;
}

/** The error for a file that looks like slides but is not read. */
export function ignoredFileError(shown: string): SlideError {
  const suggestion = shown.replace(MARKDOWN_LIKE, '.md');
  return new SlideError('ignored-file', { file: shown, line: 1, column: 1 }, 'This file is not read: only names ending in ".md" are slides', `rename it to "${suggestion.split('/').at(-1)}"`);
}

/**
 * Read a slide file; one that cannot be read gets an error with the path the author knows. Only a
 * regular file inside `roots` (by default its own folder) of at most MAX_TEXT_BYTES is read.
 */
export function readSlideFile(path: string, shown: string, roots: readonly string[] = [dirname(path)]): SlideFile {
  const refused = fileError(path, shown, roots, MAX_TEXT_BYTES);
  if (refused) return { path: shown, text: '', error: refused };
  try {
    return decodeSlideFile(readFileSync(path), shown);
  } catch (error) {
    const at = { file: shown, line: 1, column: 1 };
    const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    return { path: shown, text: '', error: new SlideError('unreadable-file', at, `The file cannot be read: ${reason}`, "check that it is a readable file (its permissions, or where a link points)") };
  }
}

/** Decode a slide file as strict UTF-8 without invisible characters (src/deck/invisible.ts); a file that breaks either rule gets an error. */
export function decodeSlideFile(bytes: Uint8Array, shown: string): SlideFile {
  let text: string;
  try {
    text = normaliseText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return invalidUtf8(bytes, shown);
  }
  const found = findInvisible(text);
  if (!found) return { path: shown, text };
  // The code frame shows each C0 control character as its visible symbol (U+0000 as "␀"); the
  // printed error escapes the others (src/deck/errors.ts).
  const visible = text.replace(C0_CONTROL, visibleSymbol);
  const count = countInvisible(text);
  const more = count > 1 ? ` (and ${count - 1} more in the file)` : '';
  const error = new SlideError(found.code, positionOf(text, found.index, shown), `The file contains an invisible ${found.kind}, ${found.codePoint}${more}`, invisibleHint(found));
  return { path: shown, text: visible, error };
}

const C0_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** C0 controls have symbols of their own (U+2400–U+241F), DEL too (U+2421); C1 controls do not. */
function visibleSymbol(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\uFFFD';
}

function positionOf(text: string, offset: number, file: string): { file: string; line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** A file that is not UTF-8 gets an error and a lossy text for its code frame. */
function invalidUtf8(bytes: Uint8Array, shown: string): SlideFile {
  const text = normaliseText(new TextDecoder('utf-8').decode(bytes)).replace(C0_CONTROL, visibleSymbol);
  const at = positionOf(text, text.indexOf('\uFFFD'), shown);
  // Windows editors save "Unicode" as UTF-16, which starts with a byte-order mark.
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const error = new SlideError('invalid-utf8', at, `The file is not valid UTF-8${isUtf16 ? ' (it is UTF-16)' : ''}`, 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)');
  return { path: shown, text, error };
}
