// Browser entry. Its styles are the page's only render-blocking request and paint the first slide
// (src/theme/first-paint.css); reveal.js and the features are fetched after them, so they never
// take bandwidth from what the first paint needs.
// Empty in the site, where reveal's styles come with the script (src/client/reveal-styles.ts).
import 'virtual:deck/reveal.css';
import '../theme/fonts.css';
import '../theme/tokens.css';
import '../theme/base.css';
import '../theme/first-paint.css';
import 'virtual:deck/layouts.css';
import 'virtual:deck/photos.css';

void import('./start-deck.ts');
