// Printed errors stay readable: long lines are clipped around the mistake, and a flood of errors is cut short.
import { describe, expect, test } from 'vitest';
import { formatDeckErrors, formatError, SlideError } from '../../src/deck/index.ts';
import { buildFixtureDeck } from './fixture-deck.ts';

/** The text a printed frame underlines with ^, read from its source line. */
function underlined(printed: string): string {
  const lines = printed.split('\n');
  const marker = lines.findIndex((line) => /^\s+\|\s*\^/.test(line));
  const source = lines[marker - 1].replace(/^> \d+ \| /, '');
  const carets = lines[marker].replace(/^\s+\| /, '');
  return source.slice(carets.indexOf('^'), carets.lastIndexOf('^') + 1);
}

describe('code frames', () => {
  test.each([10, 5000, 99_990])('a mistake at column %i of a 100 000-character line is shown and underlined, in 200 characters or less', (column) => {
    const line = `${'x'.repeat(column - 1)}MISTAKE${'y'.repeat(100_000 - column - 6)}`;
    const error = new SlideError('wrong-type', { file: 'a.md', line: 2, column, length: 7 }, 'msg', 'hint');
    const printed = formatError(error, `# Rubrik\n${line}\n`);
    expect(underlined(printed)).toBe('MISTAKE');
    expect(Math.max(...printed.split('\n').map((text) => text.length))).toBeLessThan(200);
  });

  test('an underline never runs past the end of its line', () => {
    const error = new SlideError('bad-yaml', { file: 'a.md', line: 1, column: 2, length: 50 }, 'msg', 'hint');
    expect(underlined(formatError(error, 'abc\ndef'))).toBe('bc');
  });
});

describe('many errors', () => {
  test('prints the first 30 and counts the rest', () => {
    const text = Array.from({ length: 100 }, (_, i) => `![](bild-${i}.svg)`).join('\n\n');
    const deck = buildFixtureDeck([{ path: 'a.md', text: `# Bilder\n\n${text}\n` }], { findImage: (name: string) => name });
    expect(deck.errors).toHaveLength(100);
    const printed = formatDeckErrors(deck);
    expect(printed.startsWith('100 errors in the slides:')).toBe(true);
    expect(printed.match(/error\[missing-alt\]/g)).toHaveLength(30);
    expect(printed).toContain('…and 70 more errors, not shown');
  });
});
