// The spell check that `npm run lint` runs: Swedish words pass, misspelt ones are named with their place.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('a misspelt Swedish word, in the text or in an alt text, fails the check with its file, line and column', { timeout: 60_000 }, () => {
  // Both fixtures in one run: loading the Swedish dictionary takes seconds.
  const result = spawnSync('node_modules/.bin/cspell', ['--no-progress', '--no-summary', 'tests/fixtures/spelling/felstavat.md', 'tests/fixtures/spelling/rattstavat.md'], { encoding: 'utf8' });
  expect(result.status).not.toBe(0);
  // rattstavat.md holds the same slides spelt right: nothing of it is reported, so the Swedish
  // dictionary is in use and the layout keys (layout: overlay) are not taken for words.
  expect((result.stdout + result.stderr).trim().split('\n')).toEqual([
    'tests/fixtures/spelling/felstavat.md:5:8 - Unknown word (kammungemensam)',
    'tests/fixtures/spelling/felstavat.md:10:16 - Unknown word (skjrota)',
  ]);
});
