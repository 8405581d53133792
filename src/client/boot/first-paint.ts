// Runs inline in the page's head, before the slides arrive (src/vite/theme-plugin.ts bundles it):
// tells the first paint (src/theme/first-paint.ts) the box reveal.js will give the slides in this
// window, computed as reveal computes it, so nothing moves when reveal.js takes over, in every
// engine (WebKit miscomputes the CSS-only way); whether a link names a slide; and to keep the
// slides hidden the moment their fonts take, rather than paint them in another font that moves.
import { readViewRequest, slideGeometry } from '../reading/slide-geometry.ts';
import { fontsReady } from './fonts-ready.ts';

const root = document.documentElement;
root.classList.add('deck-fonts-pending');
void fontsReady().then(() => root.classList.remove('deck-fonts-pending'));
// A link to a slide (#/slide-id): the first paint waits for that slide, never shows the title.
if (/^#\/./.test(location.hash)) root.classList.add('deck-link');

const request = readViewRequest(location.search);
const measure = () => {
  const { reading, width, height, scale } = slideGeometry(innerWidth, innerHeight, request);
  root.classList.toggle('deck-first-reading', reading);
  for (const [name, value] of Object.entries({ width, height, scale })) root.style.setProperty(`--deck-first-${name}`, String(value));
};
measure();
// Until reveal.js lays the slides out itself; afterwards these only set unused properties.
addEventListener('resize', measure);
