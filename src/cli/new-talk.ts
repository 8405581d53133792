// A new talk in place of the current one: the starter slides (one of each layout), their picture and
// data file, the talk's facts in src/talk.config.ts and its accepted outline. The old talk must be
// committed first, so it stays in git history; nothing uncommitted is ever overwritten.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTalkDeck } from '../talk-deck.ts';
import { OUTLINE_FILE, talkOutline } from '../talk-outline.ts';
import { AuthorError } from './failure.ts';
import { talkConfigSource, type TalkFacts } from './talk-config-source.ts';

const STARTER = join(dirname(fileURLToPath(import.meta.url)), 'starter');
const SLIDE_FILE = '01-foredraget.md';

/** What the new talk replaces; each must be committed, so the old talk can be brought back. */
export const REPLACED = ['slides', 'public/images', 'src/talk.config.ts', OUTLINE_FILE];

export interface NewTalkResult {
  /** The commit that holds the old talk ("" in a repository without commits). */
  oldTalkCommit: string;
  slides: number;
}

export function createTalk(root: string, facts: TalkFacts): NewTalkResult {
  const oldTalkCommit = checkCommitted(root);
  rmSync(join(root, 'slides'), { recursive: true, force: true });
  cpSync(join(STARTER, 'slides'), join(root, 'slides'), { recursive: true });
  const slideFile = join(root, 'slides', SLIDE_FILE);
  writeFileSync(slideFile, fillStarter(readFileSync(slideFile, 'utf8'), facts));
  rmSync(join(root, 'public', 'images'), { recursive: true, force: true });
  mkdirSync(join(root, 'public'), { recursive: true });
  cpSync(join(STARTER, 'images'), join(root, 'public', 'images'), { recursive: true });
  writeFileSync(join(root, 'src', 'talk.config.ts'), talkConfigSource(facts));

  const deck = loadTalkDeck({ root, slidesDir: 'slides', publicDir: 'public' });
  if (deck.errors.length > 0) throw new Error(`The starter slides do not load: ${deck.errors[0].location} ${deck.errors[0].message}`);
  mkdirSync(dirname(join(root, OUTLINE_FILE)), { recursive: true });
  writeFileSync(join(root, OUTLINE_FILE), talkOutline(deck.slides));
  return { oldTalkCommit, slides: deck.slides.length };
}

/** The starter's title slide with the talk's name, subtitle (its line left out when empty) and date. */
function fillStarter(text: string, facts: TalkFacts): string {
  const date = new Date(`${facts.date}T12:00:00Z`).toLocaleDateString('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return text
    .replace('{{titel}}', escapeMarkdown(facts.title))
    .replace(facts.subtitle ? '{{underrubrik}}' : '{{underrubrik}}\n\n', escapeMarkdown(facts.subtitle))
    .replace('{{datum}}', date.replace('.', ''));
}

/** Characters Markdown would read as markup, as text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

/** The commit that holds the talk, after checking nothing of it is uncommitted. */
function checkCommitted(root: string): string {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  try {
    git('rev-parse', '--show-toplevel');
  } catch {
    throw new AuthorError('no-git', 'This folder is not a git repository, so the old talk could not be brought back', 'commit it first: git init && git add -A && git commit -m "The old talk"');
  }
  const changed = git('status', '--porcelain', '--untracked-files=all', '--', ...REPLACED).split('\n').filter(Boolean);
  if (changed.length > 0) {
    const shown = changed.slice(0, 5).map((line) => `  ${line}`).join('\n');
    const more = changed.length > 5 ? `\n  …and ${changed.length - 5} more` : '';
    throw new AuthorError('uncommitted-changes', `The talk has changes that are not committed, which a new talk would overwrite:\n${shown}${more}`, 'commit them (git add -A && git commit), so the old talk stays in git history, or undo them; then run npm run new again');
  }
  try {
    return git('rev-parse', '--short', 'HEAD');
  } catch {
    return '';
  }
}
