// Hostile text in every frontmatter field and every body line of every layout: escaped or refused, never markup.
import { readdirSync, readFileSync } from 'node:fs';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { VCARD_FILE } from '../../src/layouts/contact.ts';
import { layouts } from '../../src/layouts/index.ts';
import { splitSlides } from '../../src/deck/split.ts';
import { buildFixtureDeck, FIXTURE_ASSETS, sectionsOf } from './fixture-deck.ts';

type Node = DefaultTreeAdapterMap['node'];

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><svg onload=alert(1)>', "' autofocus onfocus='alert(1)"];
const ELEMENTS = new Set(['section', 'aside', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'img', 'picture', 'source', 'em', 'strong', 'b', 'br', 'span', 'div', 'blockquote', 'code', 'pre', 'hr', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 's']);
// The index overview's charts, drawn at build time.
const SVG_ELEMENTS = ['svg', 'g', 'text', 'circle', 'line', 'rect', 'path'];
const URL_ATTRIBUTES = new Set(['href', 'src', 'data-src', 'data-background-image']);
// A photo's versions, as the build names them (tests/unit/fixture-deck.ts).
const SRCSET_ATTRIBUTES = new Set(['srcset', 'data-srcset']);

/** Everything in the HTML that could run script: unknown elements, on* handlers, script URLs, inline styles. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      if (!ELEMENTS.has(node.tagName) && !SVG_ELEMENTS.includes(node.tagName)) found.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        if (name.startsWith('on') || name === 'style' || name === 'autofocus') found.push(`${node.tagName}[${name}]`);
        const safeUrl = /^(https?:|mailto:|tel:|#|\.\/images\/)/i.test(value.trim()) || value === `./${VCARD_FILE}`;
        if (URL_ATTRIBUTES.has(name) && !safeUrl) found.push(`${node.tagName}[${name}=${value}]`);
        const safeSrcset = value.split(',').every((candidate) => /^\.\/assets\/[\w-]+\.(avif|webp) \d+w$/.test(candidate.trim()));
        if (SRCSET_ATTRIBUTES.has(name) && !safeSrcset) found.push(`${node.tagName}[${name}=${value}]`);
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parseFragment(html) as unknown as Node);
  return found;
}

/** The page's text, and each of its attribute values (alt texts, labels), without whitespace: a layout may split a line over elements. */
function readableParts(html: string): string[] {
  const text: string[] = [];
  const attributes: string[] = [];
  const visit = (node: Node) => {
    if ('value' in node && node.nodeName === '#text') text.push(node.value);
    if ('attrs' in node) attributes.push(...node.attrs.map((attr) => attr.value));
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parseFragment(html) as unknown as Node);
  return [text.join(''), ...attributes].map((part) => part.replace(/\s+/g, ''));
}

/** Slides of the render fixtures (one per layout at least), each cut out as its own text. */
function baseSlides(): { name: string; text: string }[] {
  return readdirSync('tests/fixtures/render')
    .filter((name) => name.endsWith('.md') && name !== 'crlf-bom.md')
    .flatMap((name) => {
      const text = readFileSync(`tests/fixtures/render/${name}`, 'utf8');
      const lines = text.split('\n');
      const starts = splitSlides(name, text).slides.map((slide) => slide.line - 1);
      return starts.map((start, index) => ({ name: `${name}#${index + 1}`, text: lines.slice(start, starts[index + 1]).join('\n') }));
    });
}

/** The slide with one frontmatter value replaced (or added) as a quoted YAML string. */
function withField(text: string, key: string, payload: string): string {
  const value = `${key}: ${JSON.stringify(payload)}`;
  const pattern = new RegExp(`^${key}:.*$`, 'm');
  if (pattern.test(text)) return text.replace(pattern, value);
  return text.startsWith('---\n') ? text.replace('---\n', `---\n${value}\n`) : `---\n${value}\n---\n\n${text}`;
}

function variants(): [string, string, string][] {
  const all: [string, string, string][] = [];
  for (const { name, text } of baseSlides()) {
    const layoutName = /^layout: (\S+)/m.exec(text)?.[1] ?? 'content';
    const layout = layouts.find((candidate) => candidate.name === layoutName);
    const keys = ['id', 'layout', ...Object.keys(layout?.props.entries ?? {})];
    const bodyStart = text.startsWith('---\n') ? text.indexOf('\n---\n', 4) + 5 : 0;
    const lines = text.split('\n');
    for (const payload of PAYLOADS) {
      for (const key of keys) all.push([`${name} ${key}:`, payload, withField(text, key, payload)]);
      lines.forEach((line, index) => {
        const offset = lines.slice(0, index).join('\n').length;
        if (offset < bodyStart || line.trim() === '' || line === '---') return;
        const changed = [...lines];
        changed[index] = line.endsWith('-->') ? line.replace('-->', ` ${payload} -->`) : `${line} ${payload}`;
        all.push([`${name} line ${index + 1}`, payload, changed.join('\n')]);
      });
    }
  }
  return all;
}

/** A variant's deck, built and rendered once: the test per variant and the coverage check below read the same. */
const decks = new Map<string, { errors: number; sections: string }>();
function built(text: string): { errors: number; sections: string } {
  let deck = decks.get(text);
  if (!deck) {
    const fresh = buildFixtureDeck([{ path: 'slide.md', text }], FIXTURE_ASSETS);
    decks.set(text, (deck = { errors: fresh.errors.length, sections: sectionsOf(fresh) }));
  }
  return deck;
}

describe('hostile input', () => {
  const cases = variants();

  test('covers every field of every layout and every body line', () => {
    const fields = new Set(cases.map(([name]) => name.split(' ')[1]).filter((part) => part.endsWith(':')));
    for (const layout of layouts) for (const key of Object.keys(layout.props.entries)) expect(fields).toContain(`${key}:`);
    expect(cases.length).toBeGreaterThan(300);
  });

  test.each(cases)('%s ← %s is escaped or refused', (_name, payload, text) => {
    const deck = built(text);
    if (deck.errors > 0) {
      expect(deck.sections).toBe('');
      return;
    }
    expect(dangers(deck.sections)).toEqual([]);
    // Nothing lost either: the text is on the slide, as text (quotes may turn typographic).
    if (!/["']/.test(payload)) expect(readableParts(deck.sections)).toContainEqual(expect.stringContaining(payload.replace(/\s+/g, '')));
  });

  // After the tests per variant, whose decks it reads again (run alone, it builds them all: about a second).
  test('reaches the page for free-text fields and body lines (not only errors)', () => {
    const reached = cases.filter(([, , text]) => built(text).errors === 0).map(([name]) => name);
    expect(reached.filter((name) => name.includes(' alt:')).length).toBeGreaterThan(0);
    expect(reached.filter((name) => name.includes(' linkedin:')).length).toBeGreaterThan(0);
    expect(reached.filter((name) => name.includes(' line ')).length).toBeGreaterThan(100);
  });
});

describe('the safety check itself', () => {
  test.each([
    ['<script>x</script>', '<script>'],
    ['<img src="./images/a.svg" onerror="x">', 'img[onerror]'],
    ['<a href="javascript:x">a</a>', 'a[href=javascript:x]'],
    ['<a href=" JaVaScRiPt:x">a</a>', 'a[href= JaVaScRiPt:x]'],
    ['<p style="x">a</p>', 'p[style]'],
  ])('finds %s', (html, danger) => expect(dangers(html)).toEqual([danger]));
});
