// YAML mistakes as slide errors, at the line and column the author must change, with a hint that
// fits the mistake. YAML reports where its reading broke down: an over-indented key is blamed on
// the value above it, slide text left in open frontmatter on a "missing value". The lines of the
// text (src/deck/yaml-lines.ts) show the mistake itself; YAML's report is the fallback.
import type { YAMLError } from 'yaml';
import { SlideError, type ErrorCode, type Position } from './errors.ts';
import { colonInPlainValue, opensBlock, opensQuote, quoted, readYamlLines, type YamlLine } from './yaml-lines.ts';

/** A position from an offset into the YAML text and a length. */
export type YamlAt = (offset: number, length: number) => Position;

/** The YAML text itself, so mistakes can be found in its lines; `frontmatter`: flat "key: value" lines before slide text. */
export interface YamlSource {
  text: string;
  frontmatter?: boolean;
}

/** YAML syntax errors as slide errors; `what` names the text, e.g. "The frontmatter". */
export function yamlSyntaxErrors(errors: readonly YAMLError[], what: string, at: YamlAt, source?: YamlSource): SlideError[] {
  const mistake = source && findYamlMistake(source, errors, at);
  if (mistake) return [mistake];
  // One report per line: YAML often gives a second, consequential error for the same mistake.
  const lines = new Set<number>();
  return errors.flatMap((error) => {
    const [start, end] = error.pos;
    const position = at(start, Math.max(1, end - start));
    if (lines.has(position.line)) return [];
    lines.add(position.line);
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return [new SlideError('bad-yaml', position, `${what} is not valid YAML: ${message}`, yamlHint(error.code, message))];
  });
}

function yamlHint(code: string, message: string): string {
  if (/end with a [\]}]/.test(message)) return 'close the bracket on the same line, or put the value in quotes';
  if (/quote/i.test(message)) return 'close the quote on the same line';
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once; remove or rename one of them';
    case 'TAB_AS_INDENT':
      return 'indent YAML with spaces, not tabs';
    case 'BAD_INDENT':
      return 'align keys at the same indent';
    case 'TAG_RESOLVE_FAILED':
      return 'remove the "!" tag before the value; write plain values';
    default:
      return 'write one "key: value" per line, each key at the start of its line; quote values that contain ": " or start with a special character';
  }
}

/** Slide text after a blank line at the end of valid frontmatter: a "# Heading" YAML took for a comment. */
export function findSlideTextInFrontmatter(text: string, at: YamlAt): SlideError | null {
  const lines = readYamlLines(text);
  const lastKey = lines.findLast((line) => line.kind === 'key');
  if (!lastKey) return null;
  const after = lines.slice(lastKey.index + 1);
  const heading = after.find((line) => line.kind !== 'blank');
  const blankAbove = after[0]?.kind === 'blank';
  if (!heading || !blankAbove || !/^#{1,6}[ \t]+\S/.test(heading.text) || /^#+[ \t]*[A-Za-z_][\w-]*[ \t]*:/.test(heading.text)) return null;
  const hint = `${closeAfter(lastKey, at)}; if the line is a YAML comment, remove the blank line above it`;
  return mistake('unclosed-frontmatter', at(heading.start, heading.text.trimEnd().length), 'The frontmatter is not closed before the slide text', hint);
}

function findYamlMistake({ text, frontmatter = false }: YamlSource, errors: readonly YAMLError[], at: YamlAt): SlideError | null {
  const lines = readYamlLines(text);
  const quoteMissing = errors.some((error) => /quote/i.test(error.message));
  const keys = new Map<string, YamlLine>();
  let previous: YamlLine | undefined;
  let blankSincePrevious = false;
  let blockIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'blank') {
      blankSincePrevious = true;
      continue;
    }
    // The lines of a block scalar (| or >) are text, whatever they look like.
    if (line.indent > blockIndent && blockIndent >= 0) continue;
    blockIndent = -1;
    if (line.text.slice(0, line.indent).includes('\t')) return tabMistake(line, frontmatter, at);
    if (line.kind === 'comment') continue;
    if (line.kind !== 'key') {
      const found = notAKey(line, { lines, previous, blankAbove: blankSincePrevious, frontmatter }, at);
      if (found) return found;
      continue;
    }
    const found = keyMistake(line, previous, keys, { frontmatter, quoteMissing }, at);
    if (found) return found;
    if (opensQuote(line.value)) {
      // A quoted value may go on over several lines: skip to where it closes.
      const quote = line.value[0];
      while (i + 1 < lines.length && !lines[i + 1].text.includes(quote)) i++;
      i++;
    }
    if (/^[|>]/.test(line.value)) blockIndent = line.keyColumn;
    if (line.keyColumn === 0) keys.set(line.key, line);
    previous = line;
    blankSincePrevious = false;
  }
  return null;
}

function keyMistake(line: YamlLine, previous: YamlLine | undefined, keys: Map<string, YamlLine>, { frontmatter, quoteMissing }: { frontmatter: boolean; quoteMissing: boolean }, at: YamlAt): SlideError | null {
  const { key, value } = line;
  const indented = previous ? !opensBlock(previous.value) && line.keyColumn > previous.keyColumn : frontmatter && line.keyColumn > 0;
  if (indented && previous) {
    const from = previous.keyColumn;
    const message = `"${key}" is indented, so YAML reads it as part of the value of "${previous.key}" on line ${at(previous.start, 1).line}`;
    const hint = frontmatter ? `start "${key}:" at the beginning of the line, as the other keys` : `start "${key}:" in the same column as "${previous.key}:"`;
    return mistake('bad-yaml', at(line.start + from, line.keyColumn - from), message, hint);
  }
  if (indented) return mistake('bad-yaml', at(line.start, line.keyColumn), `"${key}" is indented, but frontmatter keys start at the beginning of the line`, `remove the spaces before "${key}:"`);
  const colon = colonInPlainValue(value);
  if (colon >= 0) {
    const message = `The value of "${key}" has a ":" in it, which YAML reads as the start of another key`;
    return mistake('bad-yaml', at(line.start + line.valueColumn, value.length), message, `put the value in quotes: ${key}: ${quoted(value)}`);
  }
  if (quoteMissing && opensQuote(value)) {
    const quote = value[0];
    return mistake('bad-yaml', at(line.start + line.valueColumn, value.length), `The quote that opens the value of "${key}" is not closed`, `end the value with ${quote} on the same line: ${key}: ${value}${quote}`);
  }
  const first = line.keyColumn === 0 ? keys.get(key) : undefined;
  if (first) return mistake('bad-yaml', at(line.start, key.length), `"${key}" is set twice; it is first set on line ${at(first.start, 1).line}`, 'keep one of them');
  return null;
}

/** A line that is neither a key nor a comment: a key without its colon, a list item, or slide text in open frontmatter. */
function notAKey(line: YamlLine, { lines, previous, blankAbove, frontmatter }: { lines: YamlLine[]; previous?: YamlLine; blankAbove: boolean; frontmatter: boolean }, at: YamlAt): SlideError | null {
  // More indented than the key above: the value going on over a second line, which YAML allows.
  if (previous && line.keyColumn > previous.keyColumn && !(frontmatter && line.kind === 'item')) return null;
  const text = line.text.slice(line.keyColumn).trimEnd();
  if (frontmatter && line.kind === 'item') {
    return mistake('bad-yaml', at(line.start + line.indent, line.text.trim().length), 'Frontmatter takes "key: value" lines, not a list', 'write the setting as "key: value", e.g. "caps: true"');
  }
  const word = /^([a-z][A-Za-z0-9]*)(?:[ \t]+(.*))?$/.exec(text);
  if (frontmatter && previous && (blankAbove || !word)) {
    // The text starts on the first line after the last key: a "# Heading" there is no YAML comment.
    const start = lines.slice(previous.index + 1).find((next) => next.kind !== 'blank') ?? line;
    return mistake('unclosed-frontmatter', at(start.start, start.text.trimEnd().length), 'The frontmatter is not closed before the slide text', closeAfter(previous, at));
  }
  if (!word) return null;
  const [, key, rest] = word;
  const hint = rest ? `write "${key}: ${rest}"` : `write "${key}: …" with its value, or remove the line`;
  return mistake('bad-yaml', at(line.start + line.keyColumn + key.length, 1), `"${key}" has no ":" after it`, hint);
}

function tabMistake(line: YamlLine, frontmatter: boolean, at: YamlAt): SlideError {
  const hint = frontmatter && line.keyColumn === line.indent ? 'remove the tab: each key starts at the beginning of the line' : 'YAML takes no tabs: indent with spaces';
  return mistake('bad-yaml', at(line.start, line.indent), 'This line is indented with a tab', hint);
}

/** The hint for frontmatter left open: where its closing "---" goes. */
function closeAfter(lastKey: YamlLine, at: YamlAt): string {
  return `add a line "---" after line ${at(lastKey.start, 1).line} ("${lastKey.text.trim()}") to end the frontmatter`;
}

function mistake(code: ErrorCode, position: Position, message: string, hint: string): SlideError {
  return new SlideError(code, { ...position, length: Math.max(1, position.length ?? 1) }, message, hint);
}
