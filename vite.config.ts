import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { slugify } from './src/deck/index.ts';
import { talk } from './src/talk.config.ts';
import { cspPlugin } from './src/vite/csp-plugin.ts';
import { deckPlugin } from './src/vite/deck-plugin.ts';
import { fontsPlugin } from './src/vite/fonts-plugin.ts';
import { inlineStylesPlugin } from './src/vite/inline-styles-plugin.ts';
import { photoPlugin } from './src/vite/photo-plugin.ts';
import { revealStylesPlugin } from './src/vite/reveal-styles-plugin.ts';
import { sharePlugin } from './src/vite/share-plugin.ts';
import { themePlugin } from './src/vite/theme-plugin.ts';

/** `vite build --mode single-file`: the whole talk in one HTML file, for a USB stick and file://. */
const SINGLE_FILE = 'single-file';
/** Named after the talk: den-regionala-digitaliseringen.html. */
export const SINGLE_FILE_NAME = `${slugify(talk.title)}.html`;

export default defineConfig(({ mode }) => {
  const singleFile = mode === SINGLE_FILE;
  return {
    // Relative URLs: the built site works from any folder of any static host.
    base: './',
    // DECK_PUBLIC_DIR serves another folder of pictures (the tests use it for a generated photo).
    publicDir: process.env.DECK_PUBLIC_DIR || 'public',
    plugins: [
      // Before the deck: its build start readies the photos' URLs, which the deck's build start reads.
      photoPlugin({ enabled: !singleFile }),
      // DECK_SLIDES_DIR builds another folder of slides (the tests use it for broken decks).
      // The one file is the speaker's own copy: it keeps the notes for its presenter view.
      deckPlugin({ slidesDir: process.env.DECK_SLIDES_DIR, singleFile }),
      themePlugin(),
      fontsPlugin(),
      sharePlugin({ singleFile }),
      revealStylesPlugin({ inPage: singleFile }),
      // The one file inlines everything anyway; the site inlines its own stylesheet for the first paint.
      singleFile ? viteSingleFile({ outputFileName: SINGLE_FILE_NAME }) : inlineStylesPlugin(),
      // Last: the one file's policy is made from its code once that is inlined.
      cspPlugin({ singleFile }),
    ],
    // The one file goes beside dist/, not into it, so it is not published with the site.
    build: {
      ...(singleFile ? { outDir: 'dist-offline', copyPublicDir: false } : {}),
      rolldownOptions: {
        // The site has a second page: the phone's remote for `npm run present` (remote.html).
        ...(singleFile ? {} : { input: ['index.html', 'remote.html'] }),
        // How long plugins took is for the benchmark (npm run bench), not for every build's output.
        checks: { bundlerTimings: false },
        // What the talk's page and the remote (or the deck and the presenter's lazy parts) share
        // goes into one file, not one small file per module: fewer requests before the deck starts.
        output: { codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] } },
      },
      // Every browser the talk supports knows <link rel="modulepreload">; no polyfill file to fetch.
      modulePreload: { polyfill: false },
    },
    server: { host: 'localhost' },
    preview: { host: 'localhost' },
  };
});
