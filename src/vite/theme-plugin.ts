// Vite plugin: the theme's CSS, made from the design tokens (src/theme/tokens.ts) and the layouts,
// as virtual modules the page imports; and the no-script view's styles in the page's <noscript>.
import type { Plugin } from 'vite';
import { layouts, layoutsCss } from '../layouts/index.ts';
import { baseCss } from '../theme/base.ts';
import { browserPrintCss } from '../theme/browser-print.ts';
import { firstPaintCss } from '../theme/first-paint.ts';
import { noscriptCss } from '../theme/noscript.ts';
import { tokensCss } from '../theme/tokens.ts';

/** Each virtual stylesheet and what it holds; the ".css" ending routes it through Vite's CSS pipeline. */
const SHEETS: Record<string, () => string> = {
  // The page's own styles, in the cascade's order: tokens, base, first paint, layouts.
  'virtual:deck/theme.css': () => [tokensCss(), baseCss, firstPaintCss, layoutsCss(layouts)].join('\n'),
  // Fetched with the script: only the browser's print needs it (src/client/print/browser-print.ts).
  'virtual:deck/browser-print.css': () => browserPrintCss,
};

export function themePlugin(): Plugin {
  return {
    name: 'deck-theme',
    // Vite's convention for virtual modules: "\0" before the id.
    resolveId: (id) => (id in SHEETS ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? SHEETS[id.slice(1)]?.() : undefined),
    transformIndexHtml: () => [{ tag: 'noscript', injectTo: 'head', children: [{ tag: 'style', children: noscriptCss }] }],
  };
}
