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

/** Each package an `apt-get install -y …` line installs, with that line's options: "fonts-inter --no-install-recommends". */
function aptPackages(commands: Iterable<RegExpMatchArray>): Set<string> {
  return new Set(
    [...commands].flatMap((match) => {
      const words = match[1].trim().split(/\s+/);
      const options = words.filter((word) => word.startsWith('-'));
      return words.filter((word) => !word.startsWith('-')).map((name) => [name, ...options].join(' '));
    }),
  );
}

test('the README names every Debian package that CI installs for npm test, with the same options', () => {
  const installed = aptPackages(readFileSync('.ci/run', 'utf8').matchAll(/apt-get install -y (.+)/g));
  const readme = aptPackages(readFileSync('README.md', 'utf8').matchAll(/`apt-get install -y ([^`]+)`/g));
  expect(installed.size).toBeGreaterThan(0);
  expect(readme).toEqual(installed);
});
