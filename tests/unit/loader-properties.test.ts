// Properties of the loader over random slide files: a deck or positioned errors, never a crash.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fileBytes } from './slide-arbitraries.ts';
import { decodeSlideFile, ERROR_CODES, formatDeckErrors, SlideError } from '../../src/deck/index.ts';
import { buildFixtureDeck, sectionsOf } from './fixture-deck.ts';

// PROPERTY_RUNS=30000 for a long hunt; the suite's default keeps it to about a second.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

describe('random slide files', () => {
  test('give a deck or errors with a code and a position inside the file, and never throw', () => {
    fc.assert(
      fc.property(fc.array(fileBytes, { minLength: 1, maxLength: 3 }), (contents) => {
        const files = contents.map((bytes, index) => decodeSlideFile(bytes, `slides/${index + 1}.md`));
        const deck = buildFixtureDeck(files);
        expect(() => formatDeckErrors(deck)).not.toThrow();
        if (deck.errors.length === 0) expect(sectionsOf(deck)).toMatch(/^<section/);
        for (const error of deck.errors) {
          expect(error).toBeInstanceOf(SlideError);
          expect(ERROR_CODES).toContain(error.code);
          const lines = (deck.sources.get(error.at.file) ?? '').split('\n');
          expect(error.at.line, error.location).toBeGreaterThanOrEqual(1);
          expect(error.at.line, error.location).toBeLessThanOrEqual(lines.length);
          expect(error.at.column, error.location).toBeGreaterThanOrEqual(1);
          expect(error.at.column, error.location).toBeLessThanOrEqual(lines[error.at.line - 1].length + 1);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  test('read the same with CRLF and a byte-order mark as with LF', () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        const lf = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
        const windows = new TextEncoder().encode(`\uFEFF${lf.replace(/\n/g, '\r\n')}`);
        const summary = (input: Uint8Array) => {
          const deck = buildFixtureDeck([decodeSlideFile(input, 'a.md')]);
          return { html: sectionsOf(deck), errors: deck.errors.map((error) => `${error.code} ${error.location}`) };
        };
        expect(summary(windows)).toEqual(summary(new TextEncoder().encode(lf)));
      }),
      { numRuns: RUNS / 2 },
    );
  }, 60_000);
});
