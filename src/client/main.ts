// Browser entry. Its styles go into the page itself (src/vite/inline-styles-plugin.ts) and paint the
// first slide (src/theme/first-paint.ts); reveal.js and the features are fetched once the first
// slide is complete in its own font, so they never take bandwidth from what it needs.
// Empty in the site, where reveal's styles come with the script (src/client/reveal-styles.ts).
import 'virtual:deck/reveal.css';
// Inter and its metric-matched fallbacks (src/vite/fonts-plugin.ts).
import 'virtual:deck/fonts.css';
// Tokens, base, first paint and layouts, made from src/theme/ and src/layouts/ (src/vite/theme-plugin.ts).
import 'virtual:deck/theme.css';
import 'virtual:deck/photos.css';

import { fontsReady } from './boot/fonts-ready.ts';

void fontsReady().then(() => import('./start-deck.ts'));
