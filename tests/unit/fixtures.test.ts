// The fixtures are the spec: Markdown in, HTML or a printed error out.
// Run with UPDATE_FIXTURES=1 to write the expected files after a deliberate change.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatDeckErrors } from '../../src/deck/index.ts';
import { layouts } from '../../src/layouts/index.ts';
import { fixtureDeck, sectionsOf } from './fixture-deck.ts';

const update = process.env.UPDATE_FIXTURES === '1';

function fixtures(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${dir}/${name}`);
}

// Error hints list the layouts; the fixtures name the list, so a new layout changes no fixture.
const LAYOUT_LIST = layouts.map((layout) => layout.name).join(', ');
const withoutLayoutList = (text: string) => text.replaceAll(LAYOUT_LIST, '{layouts}');

function expectFile(path: string, actual: string): void {
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: write it with UPDATE_FIXTURES=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** "unknown-layout--typo.md" → "unknown-layout". */
function codeOf(path: string): string {
  return (path.split('/').at(-1) ?? '').replace(/\.md$/, '').split('--')[0];
}

describe('render fixtures', () => {
  test.each(fixtures('tests/fixtures/render'))('%s', (path) => {
    const deck = fixtureDeck(path);
    expect(formatDeckErrors(deck)).toBe('0 errors in the slides:\n\n');
    expectFile(path.replace(/\.md$/, '.html'), `${sectionsOf(deck)}\n`);
  });
});

describe('error fixtures', () => {
  test.each(fixtures('tests/fixtures/errors'))('%s', (path) => {
    const deck = fixtureDeck(path);
    expect(deck.errors.map((error) => error.code)).toContain(codeOf(path));
    expectFile(path.replace(/\.md$/, '.txt'), withoutLayoutList(`${formatDeckErrors(deck)}\n`));
  });
});
