// Vite plugin for sharing the published deck: the page's head metadata and the link-preview image.
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { fileDataUrl } from './data-url.ts';
import { isTalkPage } from './deck-plugin.ts';
import { headTags } from './head-tags.ts';
import { renderShareImages } from './share-images.ts';
import { resolveSiteSettings } from './site-settings.ts';

const HEAD_MARK = '<!-- head -->';

export const NO_PUBLIC_URL =
  'warning: no public address is set, so link previews get a relative og:image and no og:url, and the contact slide has no QR code.\n' +
  '  Set publicUrl in src/talk.config.ts, or build with DECK_PUBLIC_URL=https://example.se/talks/reda/ npm run build';

export interface SharePluginOptions {
  /** The one-file build: no separate files beside the page, so no PNG pictures and the icon inline. */
  singleFile?: boolean;
}

export function sharePlugin({ singleFile = false }: SharePluginOptions = {}): Plugin {
  const site = resolveSiteSettings();
  // DECK_OG_IMAGE=0 builds without Chromium (no link-preview picture then).
  const drawImages = process.env.DECK_OG_IMAGE !== '0' && !singleFile;
  let config: ResolvedConfig;
  let written = false;

  return {
    name: 'deck-share',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      written = false;
      // Once per `npm run build`: the one-file copy has no link previews to point anywhere.
      if (config.command === 'build' && !singleFile && !site.publicUrl) config.logger.warn(NO_PUBLIC_URL);
    },
    transformIndexHtml(html, { path }) {
      if (!isTalkPage(path)) return html;
      if (!html.includes(HEAD_MARK)) throw new Error(`index.html has no "${HEAD_MARK}" where the metadata goes`);
      const images = config.command === 'build' && drawImages;
      const icon = singleFile ? fileDataUrl(resolve(config.publicDir, 'favicon.svg')) : './favicon.svg';
      return html.replace(HEAD_MARK, () => headTags(site, { ogImage: images, pngIcon: images, icon }));
    },
    // Only once the files are on disk: a build that failed, or could not write them (a full disk), has no page to draw.
    writeBundle() {
      written = true;
    },
    async closeBundle() {
      // Vite closes the bundle after a failed build too; the build's own error is the one to show then.
      if (config.command !== 'build' || !drawImages || !written) return;
      await renderShareImages(resolve(config.root, config.build.outDir));
    },
  };
}
