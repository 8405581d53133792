// The real talk: all 26 slides of the plan, every sentence of the source, typos fixed.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadTalkDeck } from '../../src/talk-deck.ts';
import { isSlideOf } from '../../src/deck/index.ts';
import { sectionsOf } from './fixture-deck.ts';
import { overlay } from '../../src/layouts/overlay.ts';

const deck = loadTalkDeck();

/** Visible text of rendered HTML, folded so typography and case do not matter. */
function fold(text: string): string {
  return text
    .replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\.\.\.|…/g, '…')
    .replace(/[–-]/g, '-')
    .replace(/[”"]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

const PLAN_LAYOUTS = [
  'title', 'statement', 'content', 'agenda', 'section', 'overlay', 'content', 'index-overview', 'statement', 'overlay',
  'overlay', 'statement', 'columns', 'statement', 'overlay', 'overlay', 'statement', 'overlay', 'statement', 'overlay',
  'statement', 'section', 'statement', 'statement', 'question', 'contact',
];

describe('the talk', () => {
  test('loads without errors', () => {
    expect(deck.errors.map((error) => `${error.location} ${error.message}`)).toEqual([]);
  });

  test('has the 26 slides of the plan, in order, with their layouts', () => {
    expect(deck.slides.map((slide) => slide.layout.name)).toEqual(PLAN_LAYOUTS);
  });

  const sentences = readFileSync('tests/fixtures/talk-sentences.txt', 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  const text = fold(sectionsOf(deck));
  test.each(sentences)('says "%s"', (sentence) => {
    expect(text).toContain(fold(sentence));
  });

  test.each(['kammungemensam', 'Skilnaderna', 'Hitills', 'ett regional sammanhang'])('has the typo "%s" fixed', (typo) => {
    expect(text).not.toContain(fold(typo));
  });

  test('gives every overlay a picture that exists and Swedish alt text', () => {
    const overlays = deck.slides.filter((slide) => isSlideOf(slide, overlay));
    expect(overlays).toHaveLength(7);
    for (const slide of overlays) {
      if (!isSlideOf(slide, overlay)) continue;
      const { props } = slide;
      expect(readFileSync(`public/images/${props.image}`, 'utf8')).toContain('<svg');
      expect(props.alt).toMatch(/[a-zåäö]{3,} .*[a-zåäö]{3,}/i);
    }
  });

  test('links the agenda to the three parts of the talk', () => {
    expect(sectionsOf(deck)).toContain('href="#/var-star-vi"');
    expect(sectionsOf(deck)).toContain('href="#/hur-lyckas-vi"');
    expect(sectionsOf(deck)).toContain('href="#/spaningar-framat"');
  });
});
