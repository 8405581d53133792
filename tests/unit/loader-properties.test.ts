// Properties of the loader over random slide files: a deck or positioned errors, never a crash.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dataFileBytes, fileBytes } from './slide-arbitraries.ts';
import { decodeSlideFile, ERROR_CODES, fileFinder, formatDeckErrors, SlideError, type Deck } from '../../src/deck/index.ts';
import { buildFixtureDeck, FIXTURE_IMAGES, sectionsOf } from './fixture-deck.ts';

// PROPERTY_RUNS=30000 for a long hunt; the suite's default keeps it to about a second.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);
// A long hunt gets the time it needs.
const TIMEOUT = Math.max(60_000, RUNS * 50);

/** A deck or errors: each error a SlideError with a known code at a position inside its file, printed without throwing or anything invisible. */
function expectPositionedErrors(deck: Deck): void {
  let printed = '';
  expect(() => (printed = formatDeckErrors(deck))).not.toThrow();
  expect(printed).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
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
}

// Hundreds of generated files a test: a few seconds, more beside the browser tests (npm test).
describe('random slide files', { timeout: 30_000 }, () => {
  test('give a deck or errors with a code and a position inside the file, and never throw', () => {
    fc.assert(
      fc.property(fc.array(fileBytes, { minLength: 1, maxLength: 3 }), (contents) => {
        const files = contents.map((bytes, index) => decodeSlideFile(bytes, `slides/${index + 1}.md`));
        expectPositionedErrors(buildFixtureDeck(files));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  test('random data files behind an index overview give a chart or positioned errors in the data file, and never throw', () => {
    const slide = decodeSlideFile(new TextEncoder().encode('---\nlayout: index-overview\ndata: slumpad.yaml\n---\n\n# Index\n\n- The Web Index\n- eGovernment benchmark\n'), 'slides/01.md');
    fc.assert(
      fc.property(dataFileBytes, (bytes) => {
        const readDataFile = (name: string) => (name === 'slumpad.yaml' ? decodeSlideFile(bytes, 'slides/data/slumpad.yaml') : null);
        expectPositionedErrors(buildFixtureDeck([slide], { findImage: fileFinder(FIXTURE_IMAGES), readDataFile }));
      }),
      { numRuns: RUNS / 2 },
    );
  }, TIMEOUT);

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
  }, TIMEOUT);
});
