// Vite plugin for sharing the published deck: head metadata, the vCard, the link-preview image.
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { VCARD_FILE, type contact } from '../layouts/contact.ts';
import type { DeckPluginApi } from './deck-plugin.ts';
import { headTags } from './head-tags.ts';
import { renderShareImages } from './share-images.ts';
import { resolveSite } from './site-settings.ts';
import { contactVCard } from '../layouts/vcard.ts';

const HEAD_MARK = '<!-- head -->';

export interface SharePluginOptions {
  /** The one-file build: no separate files beside the page, so no PNG pictures and the vCard inline. */
  singleFile?: boolean;
}

export function sharePlugin({ singleFile = false }: SharePluginOptions = {}): Plugin {
  const site = resolveSite();
  // DECK_OG_IMAGE=0 builds without Chromium (no link-preview picture then).
  const drawImages = process.env.DECK_OG_IMAGE !== '0' && !singleFile;
  let config: ResolvedConfig;
  let deckApi: DeckPluginApi;
  let buildFailed = false;

  /** The vCard of the deck's contact slide, if it has one. */
  const vCard = (): string | null => {
    const slide = deckApi.load().slides.find((candidate) => candidate.layout === 'contact');
    return slide ? contactVCard(slide.props as Parameters<typeof contact.render>[0]['props'], site.talk) : null;
  };

  return {
    name: 'deck-share',
    configResolved(resolved) {
      config = resolved;
      const deckPlugin = resolved.plugins.find((plugin) => plugin.name === 'deck');
      if (!deckPlugin?.api) throw new Error('The deck-share plugin needs the deck plugin before it');
      deckApi = deckPlugin.api as DeckPluginApi;
    },
    transformIndexHtml(html) {
      if (!html.includes(HEAD_MARK)) throw new Error(`index.html has no "${HEAD_MARK}" where the metadata goes`);
      const images = config.command === 'build' && drawImages;
      const withHead = html.replace(HEAD_MARK, headTags(site, { ogImage: images, pngIcon: images }));
      const card = singleFile ? vCard() : null;
      // In the one file the contact card carries its vCard as a data: URL.
      return card ? withHead.replaceAll(`href="./${VCARD_FILE}"`, `href="data:text/vcard;charset=utf-8,${encodeURIComponent(card)}"`) : withHead;
    },
    configureServer(server) {
      server.middlewares.use(`/${VCARD_FILE}`, (_request, response) => {
        const card = vCard();
        response.statusCode = card ? 200 : 404;
        response.setHeader('Content-Type', 'text/vcard; charset=utf-8');
        response.end(card ?? '');
      });
    },
    generateBundle() {
      if (singleFile) return;
      const card = vCard();
      if (card) this.emitFile({ type: 'asset', fileName: VCARD_FILE, source: card });
    },
    buildEnd(error) {
      buildFailed = Boolean(error);
    },
    async closeBundle() {
      // Vite closes the bundle after a failed build too; there is no page to draw then.
      if (config.command !== 'build' || !drawImages || buildFailed) return;
      await renderShareImages(resolve(config.root, config.build.outDir));
    },
  };
}
