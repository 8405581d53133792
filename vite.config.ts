import { defineConfig } from 'vite';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { deckPlugin } from './src/build/deck-plugin.ts';

export default defineConfig({
  // Relative URLs: the built site works from any folder of any static host.
  base: './',
  // DECK_SLIDES_DIR builds another folder of slides (the tests use it for broken decks).
  plugins: [deckPlugin({ slidesDir: process.env.DECK_SLIDES_DIR }), cspPlugin()],
  server: { host: 'localhost' },
  preview: { host: 'localhost' },
});
