// Vite plugin: the theme's CSS, made from the design tokens (src/theme/tokens.ts) and the layouts,
// as virtual modules the page imports; in the page's head, the first paint's script (the slides'
// box before reveal.js starts) and the no-script view's styles.
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';
import { isTalkPage } from './deck-plugin.ts';
import { layouts, layoutsCss } from '../layouts/index.ts';
import { baseCss } from '../theme/base.ts';
import { browserPrintCss } from '../theme/browser-print.ts';
import { firstPaintCss } from '../theme/first-paint.ts';
import { highContrastCss } from '../theme/high-contrast.ts';
import { noscriptCss } from '../theme/noscript.ts';
import { readingPageCss } from '../theme/reading-page.ts';
import { tokensCss } from '../theme/css-tokens.ts';

/** Each virtual stylesheet and what it holds; the ".css" ending routes it through Vite's CSS pipeline. */
const SHEETS: Record<string, () => string> = {
  // The page's own styles, in the cascade's order: tokens, base, first paint, reading view, layouts, high contrast.
  'virtual:deck/theme.css': () => [tokensCss(), baseCss, firstPaintCss, readingPageCss, layoutsCss(layouts), highContrastCss].join('\n'),
  // Fetched with the script: only the browser's print needs it (src/client/print/browser-print.ts).
  'virtual:deck/browser-print.css': () => browserPrintCss,
  // The tokens alone, for pages without slides (the phone's remote).
  'virtual:deck/tokens.css': () => tokensCss(),
};

const FIRST_PAINT_SCRIPT = new URL('../client/boot/first-paint.ts', import.meta.url).pathname;

export function themePlugin(): Plugin {
  return {
    name: 'deck-theme',
    // Vite's convention for virtual modules: "\0" before the id.
    resolveId: (id) => (id in SHEETS ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? SHEETS[id.slice(1)]?.() : undefined),
    // The talk's page only: the phone's remote (remote.html) has no slides to paint.
    transformIndexHtml: (_html, { path }) => (!isTalkPage(path) ? [] : [
      // Inline in the head, so it runs before the slides arrive; the CSP allows it by hash.
      { tag: 'script', injectTo: 'head', children: inlineScript(FIRST_PAINT_SCRIPT) },
      { tag: 'noscript', injectTo: 'head', children: [{ tag: 'style', children: noscriptCss }] },
    ]),
  };
}

/** A browser module and what it imports as one small classic script, for the page's head. */
function inlineScript(entry: string): string {
  const { outputFiles } = buildSync({ entryPoints: [entry], bundle: true, format: 'iife', minify: true, target: 'es2020', write: false, legalComments: 'none' });
  return outputFiles[0].text.trim();
}
