// Where each slide of a built deck stands in its Markdown, so a failing check names the file and line.
import { resolve } from 'node:path';
import { loadDeck } from '../../src/deck/load.ts';

/** "slides/02-var-star-vi.md:22" by slide id, read with the loader the build uses. */
export function slideSources(slidesDir = 'slides'): Map<string, string> {
  const deck = loadDeck({ slidesDir: resolve(slidesDir), imagesDir: resolve('public/images'), imageBase: './images/', root: resolve('.') });
  if (deck.errors.length > 0) throw new Error(`${slidesDir} does not load: ${deck.errors[0].message}`);
  return new Map(deck.slides.map((slide) => [slide.id, `${slide.raw.file}:${slide.raw.line}`]));
}
