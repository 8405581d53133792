// The speaker's own talk, slides/: it loads, and it says what the speaker last accepted
// (tests/talk-outline.txt). While it is still "Den regionala digitaliseringen", every sentence of
// the original talk must be on a slide. The engine's tests use the reference talk instead (tests/reference-talk.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isSlideOf } from '../../src/deck/index.ts';
import { overlay } from '../../src/layouts/overlay.ts';
import { talk } from '../../src/talk.config.ts';
import { loadTalkDeck } from '../../src/talk-deck.ts';
import { talkOutline } from '../../src/talk-outline.ts';

const deck = loadTalkDeck({ slidesDir: 'slides', publicDir: 'public' });
const outline = talkOutline(deck.slides);

/** The one command that accepts a changed talk (package.json). */
export const ACCEPT_COMMAND = 'npm run talk:accept';

describe('your talk (slides/)', () => {
  test('loads without errors', () => {
    expect(deck.errors.map((error) => `${error.location} ${error.message}`)).toEqual([]);
  });

  test(`says what tests/talk-outline.txt says; after a change you meant, accept it with: ${ACCEPT_COMMAND}`, async () => {
    await expect(outline, `The talk changed (- accepted, + now). If you meant it, accept it with: ${ACCEPT_COMMAND}`).toMatchFileSnapshot('../talk-outline.txt');
  });

  test('gives every overlay picture Swedish alt text of a few words', () => {
    for (const slide of deck.slides) {
      if (isSlideOf(slide, overlay)) expect(slide.props.alt, `${slide.raw.file}:${slide.raw.line}`).toMatch(/[a-zåäö]{3,} .*[a-zåäö]{3,}/i);
    }
  });
});

const ORIGINAL_TITLE = 'Den regionala digitaliseringen';
// Widened: src/talk.config.ts is `as const`, so another talk's title would be a type of its own.
const title: string = talk.title;

describe.skipIf(title !== ORIGINAL_TITLE)(`the original talk, "${ORIGINAL_TITLE}" (skipped for another talk)`, () => {
  /** Visible text, folded so typography and case do not matter. */
  const fold = (text: string) =>
    text
      .replace(/\.\.\.|…/g, '…')
      .replace(/[–-]/g, '-')
      .replace(/[”"]/g, '"')
      .replace(/\s+/g, ' ')
      .toLowerCase()
      .trim();
  const said = fold(outline);

  test('every sentence of the original talk is on a slide (tests/fixtures/talk-sentences.txt)', () => {
    const sentences = readFileSync('tests/fixtures/talk-sentences.txt', 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    expect(sentences.length).toBeGreaterThan(70);
    expect(sentences.filter((sentence) => !said.includes(fold(sentence)))).toEqual([]);
  });

  test('the four typos of the source are fixed', () => {
    expect(['kammungemensam', 'Skilnaderna', 'Hitills', 'ett regional sammanhang'].filter((typo) => said.includes(fold(typo)))).toEqual([]);
  });
});
