import { defineConfig } from 'vite';
import { deckPlugin } from './src/build/deck-plugin.ts';

export default defineConfig({
  // Relative URLs: the built site works from any folder of any static host.
  base: './',
  plugins: [deckPlugin()],
  server: { host: 'localhost' },
  preview: { host: 'localhost' },
});
