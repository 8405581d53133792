// The talk's deck as tools outside Vite load it (the exports, the benchmark, the tests): the slides
// and pictures under a project folder, read with the talk's layouts, as the site's build reads them.
import { join, resolve } from 'node:path';
import { imageUrlUnder, loadDeck, type Deck } from './deck/index.ts';
import { layouts } from './layouts/index.ts';

export interface TalkFolders {
  /** The project folder; paths in errors are shown relative to it. */
  root?: string;
  /** The slides, relative to the root: slides/ unless DECK_SLIDES_DIR names another folder. */
  slidesDir?: string;
  /** The public files: public/ unless DECK_PUBLIC_DIR names another folder. */
  publicDir?: string;
}

export function loadTalkDeck({ root = process.cwd(), slidesDir = process.env.DECK_SLIDES_DIR || 'slides', publicDir = process.env.DECK_PUBLIC_DIR || 'public' }: TalkFolders = {}): Deck {
  const folders = { slidesDir: resolve(root, slidesDir), imagesDir: join(resolve(root, publicDir), 'images'), root };
  return loadDeck(folders, { layouts, imageUrl: imageUrlUnder('./images/') });
}
