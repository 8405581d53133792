// A file saved with Windows line endings or a byte-order mark gives the same deck as one with LF.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeSlideFile } from '../../src/deck/index.ts';
import { buildFixtureDeck, sectionsOf } from './fixture-deck.ts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const variants: Record<string, (lf: Buffer) => Buffer> = {
  'CRLF': (lf) => Buffer.from(lf.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
  'BOM': (lf) => Buffer.concat([BOM, lf]),
  'BOM and CRLF': (lf) => Buffer.concat([BOM, variants.CRLF(lf)]),
  'old Mac CR': (lf) => Buffer.from(lf.toString('latin1').replace(/\n/g, '\r'), 'latin1'),
};

function deckOf(bytes: Buffer) {
  const deck = buildFixtureDeck([decodeSlideFile(bytes, 'slide.md')]);
  return { html: sectionsOf(deck), errors: deck.errors.map((error) => `${error.code} ${error.location} ${error.message}`) };
}

// Every fixture but those about the bytes themselves (a BOM before UTF-16 is another
// file; crlf-bom.md is stored with CRLF and a BOM already).
const fixtures = ['render', 'errors'].flatMap((dir) =>
  readdirSync(`tests/fixtures/${dir}`)
    .filter((name) => name.endsWith('.md') && !name.startsWith('invalid-utf8') && name !== 'crlf-bom.md')
    .map((name) => `tests/fixtures/${dir}/${name}`),
);

describe.each(Object.keys(variants))('%s', (variant) => {
  test.each(fixtures)('%s gives the same slides and errors as LF', (path) => {
    const lf = readFileSync(path);
    expect(lf.includes(0x0d), `${path} should be stored with LF`).toBe(false);
    expect(deckOf(variants[variant](lf))).toEqual(deckOf(lf));
  });
});
