// Vite plugin: puts the Content Security Policy (csp.ts) near the top of every built HTML page.
import type { Plugin } from 'vite';
import { escapeHtml } from '../deck/markdown.ts';
import { metaPolicy } from './csp.ts';

// Right after the charset, which must stay in the page's first 1024 bytes.
const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

export function cspPlugin(policy = metaPolicy): Plugin {
  return {
    name: 'deck-csp',
    // Only the build: the dev server injects its own inline styles and client.
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />`;
        if (!CHARSET.test(html)) throw new Error('The page has no <meta charset>, after which the CSP goes');
        return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`);
      },
    },
  };
}
