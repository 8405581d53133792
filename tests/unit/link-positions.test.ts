// A refused link or picture is reported where its target is written, however it is spelt:
// on the second line of its paragraph here, so a report at the paragraph's start is caught.
import { describe, expect, test } from 'vitest';
import { decodeSlideFile } from '../../src/deck/index.ts';
import { buildFixtureDeck } from './fixture-deck.ts';

/** [what, the second line of the paragraph, the text the error must point at]. */
const CASES: [string, string, string][] = [
  ['an inline link', 'se [här](javascript:alert(1)) nu', 'javascript:alert(1)'],
  ['a link in angle brackets', 'se [här](<javascript:alert(1)>) nu', 'javascript:alert(1)'],
  ['an autolink', 'se <javascript:alert(1)> nu', 'javascript:alert(1)'],
  ['a scheme in capitals', 'se [här](JAVASCRIPT:alert(1)) nu', 'JAVASCRIPT:alert(1)'],
  ['a link with a title', 'se [här](vbscript:msgbox "Titel") nu', 'vbscript:msgbox'],
  ['a link with spaces inside its brackets', 'se [här](  javascript:x  ) nu', 'javascript:x'],
  ['a data: link', 'se [här](data:text/html;base64,PHNjcmlwdD4=) nu', 'data:text/html;base64,PHNjcmlwdD4='],
  ['a file: link', 'se [här](file:///etc/passwd) nu', 'file:///etc/passwd'],
  ['a relative link', 'se [här](sida.html) nu', 'sida.html'],
  ['a protocol-relative link', 'se [här](//example.com/a) nu', '//example.com/a'],
  ['an entity in the scheme', 'se [här](java&#x73;cript:alert(1)) nu', 'java&#x73;cript:alert(1)'],
  ['an escaped colon', 'se [här](javascript\\:alert(1)) nu', 'javascript\\:alert(1)'],
  ['a percent-encoded scheme', 'se [här](%6Aavascript:x) nu', '%6Aavascript:x'],
  ['a space inside angle brackets', 'se [här](<java script:x>) nu', 'java script:x'],
  ['the second of two equal links', '[a](sida.html) och [b](sida.html)', 'sida.html)'],
  ['a link whose destination starts the next line', 'se [här](\njavascript:x) nu', 'javascript:x'],
  ['a picture from another host', 'se ![Bild](https://example.com/bild.png) nu', 'https://example.com/bild.png'],
  ['a picture outside public/images', 'se ![Bild](../../package.json) nu', '../../package.json'],
];

function reported(body: string): { line: number; column: number }[] {
  const text = `# Länkar\n\nFörsta raden av stycket,\n${body}\n`;
  const deck = buildFixtureDeck([decodeSlideFile(new TextEncoder().encode(text), 'a.md')]);
  return deck.errors.map((error) => ({ line: error.at.line, column: error.at.column }));
}

describe('a refused target is reported where it is written', () => {
  test.each(CASES)('%s', (_, body, written) => {
    const lines = `# Länkar\n\nFörsta raden av stycket,\n${body}\n`.split('\n');
    const line = lines.findLastIndex((text) => text.includes(written));
    expect(reported(body).at(-1)).toEqual({ line: line + 1, column: lines[line].lastIndexOf(written) + 1 });
  });

  test.each([
    ['a reference', '[Fuska][r] nu', '[r]: javascript:alert(1)'],
    ['a shortcut reference', '[Fuska] nu', '[Fuska]: <data:text/html,x>'],
    ['a definition with its destination on the next line', '[Fuska][r] nu', '[r]:\n   vbscript:msgbox'],
  ])('%s: at its definition', (_, body, definition) => {
    const text = `# Länkar\n\nFörsta raden av stycket,\n${body}\n\n${definition}\n`;
    const deck = buildFixtureDeck([decodeSlideFile(new TextEncoder().encode(text), 'a.md')]);
    const lines = text.split('\n');
    const target = definition.split(/:\s+<?/)[1].replace(/>$/, '');
    const line = lines.findIndex((each) => each.includes(target));
    expect(deck.errors.map((error) => [error.code, error.at.line, error.at.column])).toEqual([['unsafe-link', line + 1, lines[line].indexOf(target) + 1]]);
  });
});
