// Random slide files for property tests and the loader benchmark: Markdown, separators, YAML and odd Unicode.
import fc from 'fast-check';
import { layouts } from '../../src/layouts/index.ts';

const layoutNames = layouts.map((layout) => layout.name);

const KEYS = ['layout', 'id', 'caps', 'image', 'alt', 'box', 'columns', 'email', 'phone', 'linkedin', 'linkedinUrl', '__proto__', 'Layout'];
const YAML_VALUES = ['', 'true', 'ja', '12', '[a, b', '{x: 1}', '"öppen', "'x'", '&a x', '*a', '!foo x', '|', '- x', 'bild.svg', 'martin@example.se', '0707 549458', 'https://example.se', 'right', 'a: b', '"\\0"', '"\\x1b[31m"', '"bild\\u202e.svg"', '"\\u200b"', '1e308', '# kommentar'];
const TARGETS = ['bild.svg', 'saknas.svg', '../../package.json', '/etc/passwd', 'https://example.com/x.png', 'bild%C3.svg', 'karta-över.svg', '<bild med mellanslag.svg>', '', 'bild%00.svg', '.git/config', 'bild%E2%80%AE.svg'];
const HREFS = ['#/ett', '#/finns-inte', 'https://example.se', 'mailto:a@b.se', 'javascript:alert(1)', 'data:text/html,x', 'sida.html', '#/del-två', 'java&#x73;cript:x', '<javascript:x>', 'file:///etc/passwd', '%E0%A4%A'];

/** A word of Swedish letters, as a slide's text is made of. */
export const word = fc.stringMatching(/^[a-zåäö]{3,9}$/);

const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"citat" -- ... (c)', '*a **b', '[[[', '`kod', '\t\tflik', '\u0000', '\u202e', '&amp; &#0; &#x110000;') },
);

const indent = fc.constantFrom('', '', '', ' ', '  ', '    ', '\t');

/** One line of a slide file: anything an author (or a broken editor) might write. */
export const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('---', '--- ', '') },
  { weight: 3, arbitrary: fc.tuple(indent, fc.constantFrom(...KEYS), fc.constantFrom(...YAML_VALUES, ...layoutNames)).map(([space, key, value]) => `${space}${key}: ${value}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), text).map(([level, heading]) => `${'#'.repeat(level)} ${heading}`) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(12), fc.constantFrom('-', '*', '1.', '>'), text).map(([depth, mark, item]) => `${'  '.repeat(depth)}${mark} ${item}`) },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: fc.constantFrom('```', '~~~', '````', '<!--', '-->', '<!-- anteckning -->', '    kod') },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...TARGETS)).map(([alt, target]) => `![${alt}](${target})`) },
  { weight: 1, arbitrary: fc.tuple(word, fc.constantFrom(...HREFS)).map(([label, href]) => `[${label}](${href})`) },
  { weight: 1, arbitrary: fc.constantFrom('[1]: javascript:x', '<https://example.se>', '<javascript:alert(1)>', '| a | b |', '|---|---|', '> '.repeat(30) + 'djupt') },
  { weight: 1, arbitrary: fc.constantFrom('# kommentar', '"layout": statement', "'id': ett", '&#x202E;', '&zwj;', 'ord\u200bdelat', '-', '```js') },
  // Speaker notes: the same pictures and links as in a slide's text, on the comment's first line or after it.
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('<!-- ', '<!--\n'), fc.string({ maxLength: 6 }), fc.constantFrom(...TARGETS), fc.constantFrom(...HREFS), fc.constantFrom(' -->', '\n-->', '')).map(([open, alt, target, href, close]) => `${open}![${alt}](${target}) [länk](${href})${close}`) },
);

const DATA_KEYS = ['index', 'year', 'rank', 'of', 'basis', 'source', 'indx', '__proto__'];
const DATA_VALUES = ['The Web Index', 'eGovernment benchmark', '2013', '2100', '1e308', '-1', '0', '81', 'null', 'published', 'calculated', 'beräknad', '"\\0"', '"\\u202e"', '!rank 5', '*a', '&a 3', '[1, 2', '{x: 1}', '"öppen', '|', ''];

/** One line of a placements data file (slides/data/*.yaml): entries, keys and values, right and wrong. */
const dataLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('- ', '  ', '', '    ', '\t'), fc.constantFrom(...DATA_KEYS), fc.constantFrom(...DATA_VALUES)).map(([lead, key, value]) => `${lead}${key}: ${value}`) },
  { weight: 1, arbitrary: fc.constantFrom('#', '# kommentar', '---', '- ', '-', '', '...', 'index', '  - a') },
  { weight: 1, arbitrary: text },
);

/** A whole data file as the bytes on disk. */
export const dataFileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 9, arbitrary: fc.array(dataLine, { maxLength: 25 }).map((lines) => new TextEncoder().encode(lines.join('\n'))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 100 }) },
);

/** A whole slide file as the bytes on disk: LF or CRLF, sometimes a byte-order mark, sometimes not UTF-8 at all. */
export const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([lines, eol, bom]) => new TextEncoder().encode((bom ? '\uFEFF' : '') + lines.join(eol))),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
);

/** A slide file's text as it is before reading, for sizes and timing. */
export function sampleText(lines: number, seed: number): string {
  return fc.sample(line, { numRuns: lines, seed }).join('\n');
}
