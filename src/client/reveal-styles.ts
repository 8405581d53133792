// reveal.js's own stylesheet, fetched with the script instead of before the first paint (which
// src/theme/first-paint.css handles without it). It goes in before the deck's styles, so the
// cascade is the same as if the page had linked it first.
import revealCssUrl from 'reveal.js/reveal.css?url';

/** Resolves once the styles apply (or failed to load: the deck still starts). */
export function loadRevealStyles(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = revealCssUrl;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.insertBefore(link, document.head.querySelector('link[rel="stylesheet"], style'));
  return loaded;
}
