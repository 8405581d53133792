// Vite plugin: the page's own stylesheet goes into the built HTML as a <style>, so the first slide
// paints from the HTML alone, one round trip sooner than with a render-blocking <link>. The CSP
// allows it by its hash (src/vite/csp-plugin.ts). Styles fetched later (reveal.css, the chunks'
// sheets) stay files.
import { posix } from 'node:path';
import { transform, type Image } from 'lightningcss';
import type { IndexHtmlTransformContext, Plugin } from 'vite';

// The tag Vite writes for the entry's styles (src/client/main.ts imports them); the no-JavaScript
// sheet in <noscript> has no crossorigin and stays a file of public/.
const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="([^"]+\.css)"\s*\/?>/g;

export function inlineStylesPlugin(): Plugin {
  // A sheet both pages link (the fonts, for the talk and the phone's remote) goes into each.
  const inlined = new Map<string, string>();
  return {
    name: 'deck-inline-styles',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has linked the entry's CSS; before the CSP (enforce: 'post') hashes the result.
      order: 'post',
      handler: (html, ctx) => inlineStylesheets(html, ctx, inlined),
    },
  };
}

function inlineStylesheets(html: string, { bundle, filename, path }: IndexHtmlTransformContext, inlined: Map<string, string>): string {
  if (!bundle) return html;
  const pageDir = posix.dirname(path);
  return html.replace(STYLESHEET_LINK, (_link, href: string) => {
    const fileName = posix.join(pageDir.slice(1), href);
    const sheet = bundle[fileName];
    const source = sheet?.type === 'asset' ? String(sheet.source) : inlined.get(fileName);
    if (source === undefined) throw new Error(`${filename} links ${href}, which the build did not write`);
    // Nothing else loads the entry's sheet: drop the file, so the page's styles exist only once.
    inlined.set(fileName, source);
    delete bundle[fileName];
    return `<style>${rebaseUrls(source, posix.dirname(href))}</style>`;
  });
}

/**
 * The sheet's relative URLs (in url() and image-set()) point from its folder; in the page they must
 * point from the page's. lightningcss, which Vite minifies with, finds every one.
 */
export function rebaseUrls(css: string, sheetDir: string): string {
  const rebase = (url: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return url;
    const rebased = posix.join(sheetDir, url);
    return rebased.startsWith('.') ? rebased : `./${rebased}`;
  };
  // lightningcss's Url visitor sees every url() but not the pictures inside image-set().
  const visitImageSet = (image: Image): Image => {
    if (image.type !== 'image-set') return image;
    const options = image.value.options.map((option) => (option.image.type === 'url' ? { ...option, image: { ...option.image, value: { ...option.image.value, url: rebase(option.image.value.url) } } } : option));
    return { ...image, value: { ...image.value, options } };
  };
  const { code } = transform({
    filename: 'inline.css',
    code: Buffer.from(css),
    minify: true,
    visitor: {
      Url: (url) => ({ ...url, url: rebase(url.url) }),
      Image: visitImageSet,
    },
  });
  return code.toString();
}
