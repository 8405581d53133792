// Browser entry. Its styles go into the page itself (src/vite/inline-styles-plugin.ts) and paint the
// first slide (src/theme/first-paint.ts); the script comes once the first slide is complete in its
// own font, so it never takes bandwidth from what that needs: reveal.js and the deck's features
// for the slide show, or the much smaller reading view (phones, ?view=scroll), which needs no reveal.js.
// Empty in the site, where reveal's styles come with the script (src/client/reveal-styles.ts).
import 'virtual:deck/reveal.css';
// Inter and its metric-matched fallbacks (src/vite/fonts-plugin.ts).
import 'virtual:deck/fonts.css';
// Tokens, base, first paint and layouts, made from src/theme/ and src/layouts/ (src/vite/theme-plugin.ts).
import 'virtual:deck/theme.css';
import 'virtual:deck/photos.css';

import { fontsReady } from './boot/fonts-ready.ts';
import { readViewRequest, slideGeometry } from './reading/slide-geometry.ts';

/**
 * The two views' scripts. Apart in an object: as two branches of one expression, the minifier
 * folded them into one call of Vite's preloader, and the reading view fetched the slide show's too.
 */
const views = {
  reading: () => import('./reading/reading-page.ts'),
  slides: () => import('./start-deck.ts'),
};

const { reading } = slideGeometry(innerWidth, innerHeight, readViewRequest(location.search));
void fontsReady().then(views[reading ? 'reading' : 'slides']);
