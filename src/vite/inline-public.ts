// Vite plugin for the one-file build: files from public/ that the page names (the pictures in
// <img src>, a slide's lazy <img data-src>, data-background-image, the icon) become data: URLs, and
// stylesheets <style> elements.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const MEDIA_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.css': 'text/css',
};

// Attributes whose value is one URL. Vite's assets (scripts, styles, fonts) are inlined by
// vite-plugin-singlefile; these name public files, which Vite leaves alone.
const URL_ATTRIBUTE = /\b(data-src|src|href|data-background-image)="([^"]+)"/g;
// A stylesheet (the no-JavaScript one) goes in as a <style>, which a CSP allows by hash.
const STYLESHEET = /<link rel="stylesheet" href="([^"]+\.css)"\s*\/?>/g;

export function inlinePublicFiles(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'deck:inline-public-files',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const styled = html.replace(STYLESHEET, (whole, url: string) => {
          const file = publicFile(config, url);
          return file ? `<style>${readFileSync(file, 'utf8')}</style>` : whole;
        });
        return styled.replace(URL_ATTRIBUTE, (whole, attribute: string, url: string) => {
          const file = publicFile(config, url);
          return file ? `${attribute}="${toDataUrl(file)}"` : whole;
        });
      },
    },
  };
}

/** The file in public/ that a page URL such as "./images/a%20b.svg" names, if there is one. */
function publicFile(config: ResolvedConfig, url: string): string | null {
  if (!url.startsWith(config.base) || !config.publicDir) return null;
  const type = MEDIA_TYPES[extname(url).toLowerCase()];
  if (!type) return null;
  const root = resolve(config.publicDir);
  const file = resolve(root, decodeURIComponent(url.slice(config.base.length)));
  return file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile() ? file : null;
}

function toDataUrl(file: string): string {
  return `data:${MEDIA_TYPES[extname(file).toLowerCase()]};base64,${readFileSync(file).toString('base64')}`;
}
