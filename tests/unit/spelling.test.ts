// The spell check that `npm run lint` runs: Swedish words pass, misspelt ones are named with their place.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';

/** The README's example slides, as a file of their own: a speaker copies them. In tests/output/, not
 * test-results/, which the browser tests empty as they start, at the same time (npm test). */
function readmeSlides(): string {
  const file = 'tests/output/readme-slides.md';
  mkdirSync('tests/output', { recursive: true });
  writeFileSync(file, /```markdown\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '');
  return file;
}

test('a misspelt Swedish word, in the text, an alt text or an index remark, fails the check with its file, line and column; the README example and the new-talk starter pass', { timeout: 60_000 }, () => {
  // Both fixtures in one run: loading the Swedish dictionary takes seconds.
  // The starter of `npm run new` and the README's example too: the speaker starts from them.
  const files = ['tests/fixtures/spelling/felstavat.md', 'tests/fixtures/spelling/rattstavat.md', 'src/cli/starter/slides/01-foredraget.md', readmeSlides()];
  const result = spawnSync('node_modules/.bin/cspell', ['--no-progress', '--no-summary', ...files], { encoding: 'utf8' });
  expect(result.status).not.toBe(0);
  // rattstavat.md holds the same slides spelt right: nothing of it is reported, so the Swedish
  // dictionary is in use and the layout keys (layout: overlay) are not taken for words. English
  // index names pass under "nameLang: en" (not without it); the remarks under them are still checked.
  expect((result.stdout + result.stderr).trim().split('\n')).toEqual([
    'tests/fixtures/spelling/felstavat.md:5:8 - Unknown word (kammungemensam)',
    'tests/fixtures/spelling/felstavat.md:10:16 - Unknown word (skjrota)',
    'tests/fixtures/spelling/felstavat.md:24:34 - Unknown word (lender)',
    'tests/fixtures/spelling/felstavat.md:32:11 - Unknown word (Economy)',
    'tests/fixtures/spelling/felstavat.md:32:23 - Unknown word (Society)',
  ]);
});
