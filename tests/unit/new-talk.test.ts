// `npm run new`: a fresh talk with one slide of each layout, its facts and outline, the old talk kept in
// git history; and never over changes that are not committed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTalk } from '../../src/cli/new-talk.ts';
import { layouts } from '../../src/layouts/index.ts';
import { loadTalkDeck } from '../../src/talk-deck.ts';
import { talkOutline } from '../../src/talk-outline.ts';
import { talk as currentTalk } from '../../src/talk.config.ts';

const FACTS = { title: 'Öppna data i *praktiken*', subtitle: 'Ett exempel', speaker: 'Anna Andersson', organisation: 'Region Exempel', event: 'Dataforum', date: '2025-05-14' };
const OLD_SLIDE = '# Det gamla föredraget\n';

let root: string;
const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=Test', '-c', 'user.email=test@example.se', ...args], { encoding: 'utf8' });
const text = (path: string) => readFileSync(join(root, path), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deck-new-'));
  mkdirSync(join(root, 'slides'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'public', 'images'), { recursive: true });
  writeFileSync(join(root, 'slides', '01-gammal.md'), OLD_SLIDE);
  writeFileSync(join(root, 'public', 'images', 'gammal.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'src', 'talk.config.ts'), "export const talk = { title: 'Gammalt' } as const;\n");
  git('init', '--quiet');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'Det gamla föredraget');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  test('writes one slide of each layout, the talk facts and the outline; the old talk stays in git history', async () => {
    const result = createTalk(root, FACTS);
    expect(result.oldTalkCommit).toBe(git('rev-parse', '--short', 'HEAD').trim());

    const deck = loadTalkDeck({ root, slidesDir: 'slides', publicDir: 'public' });
    expect(deck.errors.map((error) => error.location)).toEqual([]);
    expect(deck.slides.map((slide) => slide.layout.name).sort()).toEqual(layouts.map((layout) => layout.name).sort());
    expect(deck.slides[0].title).toBe(FACTS.title);
    expect(text('slides/01-foredraget.md')).toContain('\n# Öppna data i \\*praktiken\\*\n\nEtt exempel\n\n14 maj 2025\n');
    expect(text('tests/talk-outline.txt')).toBe(talkOutline(deck.slides));

    const { talk } = await import(pathToFileURL(join(root, 'src', 'talk.config.ts')).href);
    expect(talk).toMatchObject({ ...FACTS, publicUrl: '', durationMinutes: 20, slideNumbers: false, publishNotes: false, description: 'Föredraget ”Öppna data i *praktiken*” från Dataforum.' });
    // Every setting the tools read is there: the same keys as the talk's own src/talk.config.ts.
    expect(Object.keys(talk).sort()).toEqual(Object.keys(currentTalk).sort());

    // Only the starter's files: the old slide and picture are gone from the folders, not from history.
    expect(git('status', '--porcelain', '--', 'slides', 'public')).toMatch(/^ D slides\/01-gammal\.md$/m);
    expect(git('status', '--porcelain', '--', 'public')).toMatch(/^ D public\/images\/gammal\.svg$/m);
    expect(git('show', 'HEAD:slides/01-gammal.md')).toBe(OLD_SLIDE);
  });

  test.each([
    ['a changed slide', () => writeFileSync(join(root, 'slides', '01-gammal.md'), `${OLD_SLIDE}\nNy rad\n`)],
    ['a new slide file', () => writeFileSync(join(root, 'slides', '02-ny.md'), '# Ny\n')],
    ['a changed talk.config', () => writeFileSync(join(root, 'src', 'talk.config.ts'), "export const talk = { title: 'Ändrat' } as const;\n")],
  ])('refuses to start over %s that is not committed, and changes nothing', (_, change) => {
    change();
    const before = git('status', '--porcelain');
    expect(() => createTalk(root, FACTS)).toThrow(expect.objectContaining({ code: 'uncommitted-changes', hint: expect.stringContaining('git commit') }));
    expect(git('status', '--porcelain')).toBe(before);
    expect(text('slides/01-gammal.md')).toContain(OLD_SLIDE);
  });

  test('refuses outside a git repository, where the old talk could not be brought back', () => {
    rmSync(join(root, '.git'), { recursive: true, force: true });
    expect(() => createTalk(root, FACTS)).toThrow(expect.objectContaining({ code: 'no-git' }));
    expect(text('slides/01-gammal.md')).toBe(OLD_SLIDE);
  });
});
