// Vite plugin: the deck's fonts. In the build, Inter cut down to the characters the pages can show
// (font-subset.ts) goes inside the page's styles as data: URLs: the first slide paints in its own
// font with the HTML, with no font request and no swap that could move it. In dev, the package's
// whole fonts as files. The @font-face rules (src/theme/fonts.ts) come as a virtual stylesheet, with
// fallbacks sized like Inter for anything the fonts lack.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FONT_WEIGHTS, fontFacesCss, type FontWeight } from '../theme/fonts.ts';
import { DECK_PLUGIN_NAME, type DeckPluginApi } from './deck-plugin.ts';
import { pageCharacters, subsetFontFile } from './font-subset.ts';

const FONTS_CSS_ID = 'virtual:deck/fonts.css';
const RESOLVED_FONTS_CSS_ID = `\0${FONTS_CSS_ID}`;
const require = createRequire(import.meta.url);
const fontFile = (weight: FontWeight) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);

export function fontsPlugin(): Plugin {
  let root = '';
  let deckApi: DeckPluginApi;
  // The dev server serves the package's files by their paths; the build puts the subsets inline.
  let sources: Record<FontWeight, { url: string; inline: boolean }> | undefined;
  const devSource = (weight: FontWeight) => ({ url: `/@fs${fontFile(weight)}`, inline: false });
  return {
    name: 'deck-fonts',
    configResolved(config) {
      root = config.root;
      deckApi = config.plugins.find((plugin) => plugin.name === DECK_PLUGIN_NAME)?.api as DeckPluginApi;
    },
    async buildStart() {
      if (this.environment?.mode === 'dev') return;
      const { deck, rendered } = await deckApi.loaded();
      if (!rendered) return;
      const characters = pageCharacters(rendered.html, deck.sources.values(), resolve(root, 'src', 'client'));
      const cacheDir = resolve(root, 'node_modules', '.cache', 'deck-fonts');
      const subsets = await Promise.all(FONT_WEIGHTS.map((weight) => subsetFontFile(fontFile(weight), characters, cacheDir)));
      sources = Object.fromEntries(FONT_WEIGHTS.map((weight, i) => [weight, { url: `data:font/woff2;base64,${subsets[i].toString('base64')}`, inline: true }])) as typeof sources;
    },
    resolveId: (id) => (id === FONTS_CSS_ID ? RESOLVED_FONTS_CSS_ID : undefined),
    load: (id) => (id === RESOLVED_FONTS_CSS_ID ? fontFacesCss((weight) => sources?.[weight] ?? devSource(weight)) : undefined),
  };
}
