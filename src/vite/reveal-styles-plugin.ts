// Vite plugin: where reveal.js's own stylesheet goes. In the site it is fetched by the script, after
// the first paint (src/client/reveal-styles.ts); in the one file it stays in the page's styles,
// first, as nothing there is fetched.
import type { Plugin } from 'vite';

const REVEAL_CSS_ID = 'virtual:deck/reveal.css';
const RESOLVED_REVEAL_CSS_ID = `\0${REVEAL_CSS_ID}`;

export function revealStylesPlugin({ inPage }: { inPage: boolean }): Plugin {
  return {
    name: 'deck-reveal-styles',
    resolveId: (id) => (id === REVEAL_CSS_ID ? RESOLVED_REVEAL_CSS_ID : undefined),
    load: (id) => (id === RESOLVED_REVEAL_CSS_ID ? (inPage ? "@import 'reveal.js/reveal.css';" : '') : undefined),
  };
}
