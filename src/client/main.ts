// Browser entry. Its styles go into the page itself (src/vite/inline-styles-plugin.ts) and paint the
// first slide (src/theme/first-paint.ts); reveal.js and the features are fetched after them, so they
// never take bandwidth from what the first paint needs.
// Empty in the site, where reveal's styles come with the script (src/client/reveal-styles.ts).
import 'virtual:deck/reveal.css';
import '../theme/fonts.css';
// Tokens, base, first paint and layouts, made from src/theme/ and src/layouts/ (src/vite/theme-plugin.ts).
import 'virtual:deck/theme.css';
import 'virtual:deck/photos.css';

void import('./start-deck.ts');
