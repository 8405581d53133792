// Where each slide of a built deck stands in its Markdown, so a failing check names the file and line.
import { loadTalkDeck } from '../../src/talk-deck.ts';
import { REFERENCE_SLIDES } from '../reference-talk.ts';

/** "tests/fixtures/talk/slides/02-var-star-vi.md:22" by slide id, read with the loader the build uses. */
export function slideSources(slidesDir = REFERENCE_SLIDES): Map<string, string> {
  const deck = loadTalkDeck({ slidesDir });
  if (deck.errors.length > 0) throw new Error(`${slidesDir} does not load: ${deck.errors[0].message}`);
  return new Map(deck.slides.map((slide) => [slide.id, `${slide.raw.file}:${slide.raw.line}`]));
}
