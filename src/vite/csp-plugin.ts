// Vite plugin: puts the Content Security Policy near the top of every built HTML page, made from
// the finished page: the site's (csp.ts) with the page's inline code by hash, or in the one-file
// build a policy of its own for its inline code (csp-single-file.ts). The site's policy also goes
// to `_headers`, for hosts that send it as a header.
import type { Plugin } from 'vite';
import { escapeHtml } from '../deck/index.ts';
import { formatPolicy, HEADERS_FILE, headersFile, siteDirectives } from './csp.ts';
import { inlineCode, singleFileDirectives } from './csp-single-file.ts';

// index.html's place for the policy: right after the charset, which must stay in the page's first 1024 bytes.
const CSP_MARK = '<!-- csp -->';

export interface CspPluginOptions {
  /** The one-file build: the policy is made from the finished page, after its code is inlined. */
  singleFile?: boolean;
}

export function cspPlugin({ singleFile = false }: CspPluginOptions = {}): Plugin {
  return {
    name: 'deck-csp',
    // Only the build: the dev server injects its own inline styles and client.
    apply: 'build',
    // After vite-plugin-singlefile, which inlines the code in its own late generateBundle.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const code = inlineCode(html);
          if (singleFile) {
            file.source = withPolicy(html, formatPolicy(singleFileDirectives(code)));
            continue;
          }
          const directives = siteDirectives(code);
          file.source = withPolicy(html, formatPolicy(directives));
          if (file.fileName === 'index.html') this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: headersFile(directives) });
        }
      },
    },
  };
}

function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />`;
  if (!html.includes(CSP_MARK)) throw new Error(`The page has no "${CSP_MARK}" where the policy goes`);
  return html.replace(CSP_MARK, () => meta);
}
