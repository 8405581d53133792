// The README's example slides are a deck that builds, with every layout in it.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildDeck, fileFinder, formatDeckErrors } from '../../src/deck/index.ts';
import { layouts } from '../../src/layouts/index.ts';
import { FIXTURE_OPTIONS } from './fixture-deck.ts';
import { REFERENCE_IMAGES } from '../reference-talk.ts';

test("the README's slides build, and show every layout", () => {
  const example = /```markdown\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
  const deck = buildDeck([{ path: 'README.md', text: example }], { findImage: fileFinder(REFERENCE_IMAGES) }, FIXTURE_OPTIONS);
  expect(formatDeckErrors(deck)).toBe('0 errors in the slides:\n\n');
  expect(new Set(deck.slides.map((slide) => slide.layout.name))).toEqual(new Set(layouts.map((layout) => layout.name)));
});

test('the README names every Debian package that CI installs for npm test', () => {
  const installed = [...readFileSync('.ci/run', 'utf8').matchAll(/apt-get install -y (.+)/g)].flatMap((match) => match[1].trim().split(/\s+/));
  const readmeLine = /`apt-get install -y ([^`]+)`/.exec(readFileSync('README.md', 'utf8'))?.[1].split(/\s+/) ?? [];
  expect(installed.length).toBeGreaterThan(0);
  expect(new Set(readmeLine)).toEqual(new Set(installed));
});
