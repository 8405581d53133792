// Characters an author cannot see: control characters, bidi controls that reorder the text shown,
// and zero-width characters that split words. They are refused wherever they arrive (a file's
// bytes, a YAML escape, an HTML entity, a file name) and printed escaped, never raw.

/** C0 controls other than tab and line feed, DEL, and the C1 controls. */
const CONTROL = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F';
/** Bidi controls (marks, embeddings, overrides, isolates) and line and paragraph separators. */
const BIDI = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029';
/** Zero-width and invisible formatting characters; a joiner inside an emoji sequence is the emoji's own. */
const ZERO_WIDTH = '\\u180E\\u200B\\u200C\\u2060-\\u2064\\uFEFF';
const JOINER_OUTSIDE_EMOJI = '(?<![\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\uFE0F])\\u200D|\\u200D(?!\\p{Extended_Pictographic})';

const ANY = `[${CONTROL}${BIDI}${ZERO_WIDTH}]|${JOINER_OUTSIDE_EMOJI}`;
/** Every invisible character of a text (a global pattern: reset lastIndex, or use the helpers). */
export const INVISIBLE = new RegExp(ANY, 'gu');
const CONTROL_ONLY = new RegExp(`[${CONTROL}]`, 'u');

export interface InvisibleFound {
  /** Offset in the text. */
  index: number;
  char: string;
  code: 'control-character' | 'invisible-character';
  /** "U+202E". */
  codePoint: string;
  /** What kind it is, for a message: "control character", "bidi control", "zero-width character". */
  kind: string;
}

/** The first invisible character of a text, or null. */
export function findInvisible(text: string): InvisibleFound | null {
  INVISIBLE.lastIndex = 0;
  const match = INVISIBLE.exec(text);
  if (!match) return null;
  const char = match[0];
  const isControl = CONTROL_ONLY.test(char);
  const kind = isControl ? 'control character' : new RegExp(`[${BIDI}]`, 'u').test(char) ? 'bidi control' : 'zero-width character';
  return { index: match.index, char, code: isControl ? 'control-character' : 'invisible-character', codePoint: codePointOf(char), kind };
}

/** How many invisible characters a text holds. */
export function countInvisible(text: string): number {
  return text.match(INVISIBLE)?.length ?? 0;
}

export function codePointOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A text safe to print on a terminal or in the overlay: each invisible character as "<U+001B>". */
export function printable(text: string): string {
  return text.replace(INVISIBLE, (char) => `<${codePointOf(char)}>`);
}

/** What to tell the author about an invisible character. */
export function invisibleHint(found: InvisibleFound): string {
  if (found.code === 'control-character') return 'delete it: it is not text (often left by a broken save or a paste from a terminal)';
  if (found.kind === 'bidi control') return 'delete it: it changes the order in which the text around it is shown';
  return 'delete it: it cannot be seen, but it splits words for search, links and screen readers';
}
