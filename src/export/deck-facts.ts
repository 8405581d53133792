// What the export needs to know about each slide, read from the slide files with the deck's own loader.
import { join } from 'node:path';
import { formatDeckErrors, loadDeck } from '../deck/load.ts';
import type { LayoutData } from '../deck/layout.ts';
import { ExportError } from './errors.ts';

export interface SlideFacts {
  id: string;
  /** The slide's heading as written (the outline's entry). */
  title: string;
  notesHtml: string | null;
  /** "slides/02-var-star-vi.md:27", for messages. */
  at: string;
}

export function readSlideFacts(root: string, slidesDir: string): SlideFacts[] {
  const deck = loadDeck({ slidesDir, imagesDir: join(root, 'public', 'images'), imageBase: './images/', root });
  if (deck.errors.length > 0) {
    throw new ExportError('deck-errors', `Bilderna har fel, så det blir ingen PDF:\n${formatDeckErrors(deck)}`, 'rätta felen ovan; `npm run dev` visar dem också');
  }
  return deck.slides.map((slide) => ({
    id: slide.id,
    title: (slide.data as LayoutData).title,
    notesHtml: slide.notesHtml,
    at: `${slide.raw.file}:${slide.raw.line}`,
  }));
}
