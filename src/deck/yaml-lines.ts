// Read a YAML text line by line, as an author sees it: keys, their values, list items, comments.
// YAML's own errors say where its reading broke down, which is often a line above the mistake;
// the lines say what the author wrote.

export type YamlLineKind = 'blank' | 'comment' | 'key' | 'item' | 'other';

export interface YamlLine {
  /** 0-based line in the text, and the offset of its first character. */
  index: number;
  start: number;
  text: string;
  kind: YamlLineKind;
  /** Spaces (or tabs) before anything else on the line. */
  indent: number;
  /** Where the key (or the item's text) starts, after the indent and any "- " markers. */
  keyColumn: number;
  /** For a key line: the key, its value as written (trimmed) and the value's 0-based column. */
  key: string;
  value: string;
  valueColumn: number;
}

const KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?=[ \t]|$)[ \t]*(.*?)[ \t]*$/;

export function readYamlLines(text: string): YamlLine[] {
  let start = 0;
  return text.split('\n').map((line, index) => {
    const read = readLine(line, index, start);
    start += line.length + 1;
    return read;
  });
}

function readLine(text: string, index: number, start: number): YamlLine {
  const indent = /^[ \t]*/.exec(text)?.[0].length ?? 0;
  const keyColumn = indent + (/^(?:-[ \t]+)*/.exec(text.slice(indent))?.[0].length ?? 0);
  const rest = text.slice(keyColumn);
  const line: YamlLine = { index, start, text, kind: 'other', indent, keyColumn, key: '', value: '', valueColumn: text.length };
  if (text.trim() === '') return { ...line, kind: 'blank' };
  if (rest.startsWith('#')) return { ...line, kind: 'comment' };
  const key = KEY.exec(rest);
  if (key) return { ...line, kind: 'key', key: key[1], value: key[2], valueColumn: key[2] ? text.indexOf(key[2], keyColumn + key[1].length) : text.length };
  return { ...line, kind: keyColumn > indent ? 'item' : 'other' };
}

/** A value that opens a quote it does not close on its own line, e.g. `"Man i blå`. */
export function opensQuote(value: string): boolean {
  const quote = value[0];
  if (quote === '"') return !/^"(?:[^"\\]|\\.)*"/.test(value);
  if (quote === "'") return !/^'(?:[^']|'')*'/.test(value);
  return false;
}

/** A value that starts a block of lines below it: nothing, a block scalar (| or >), or an open [ or {. */
export function opensBlock(value: string): boolean {
  return value === '' || /^[|>][-+\d]*(?:\s+#.*)?$/.test(value) || /^[[{]/.test(value);
}

/** A plain value with ": " (or a closing ":") in it, which YAML reads as a second key on the line. */
export function colonInPlainValue(value: string): number {
  if (/^["'[{|>&*!#]/.test(value)) return -1;
  const match = /:(?:[ \t]|$)/.exec(value);
  return match ? match.index : -1;
}

/** The value written in quotes, for a hint: double quotes unless it holds one. */
export function quoted(value: string): string {
  return value.includes('"') ? `'${value.replaceAll("'", "''")}'` : `"${value}"`;
}
