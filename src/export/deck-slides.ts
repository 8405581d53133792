// The slides an export prints, read with the deck's own loader and the talk's layouts.
import { formatDeckErrors, type Slide } from '../deck/index.ts';
import { loadTalkDeck } from '../talk-deck.ts';
import { ExportError } from './errors.ts';

export function loadSlides(root: string, slidesDir: string): Slide[] {
  const deck = loadTalkDeck({ root, slidesDir });
  if (deck.errors.length > 0) {
    throw new ExportError('deck-errors', `The slides have errors, so there is no export:\n${formatDeckErrors(deck)}`, 'fix the errors above; `npm run dev` shows them too');
  }
  return deck.slides;
}

/** "slides/02-var-star-vi.md:27", for messages. */
export function slideLocation(slide: Slide): string {
  return `${slide.raw.file}:${slide.raw.line}`;
}
