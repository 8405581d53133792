// A photo in a slide's text is a <picture> whose <img> reveal.js loads as its slide comes near
// (data-src → src, its viewDistance); the AVIF and WebP <source>s wait in data-srcset, since a
// <picture>'s sources are fetched as soon as they have a srcset. As reveal sets the <img>'s src,
// this gives the sources theirs: a mutation observer runs before the image picks its source (both
// are microtasks, the observer's queued first), so the browser fetches one version, never the JPEG.
// Printing keeps the original, which Chromium embeds in a PDF as it is.
import type { RevealApi } from 'reveal.js';

export function loadPictureSources(deck: RevealApi): void {
  const observer = new MutationObserver((records) => {
    if (document.documentElement.classList.contains('print-pdf')) return;
    for (const { target } of records) {
      if (!(target instanceof HTMLImageElement) || !(target.parentElement instanceof HTMLPictureElement)) continue;
      for (const source of target.parentElement.querySelectorAll('source[data-srcset]')) {
        source.setAttribute('srcset', source.getAttribute('data-srcset') as string);
        source.removeAttribute('data-srcset');
      }
    }
  });
  observer.observe(deck.getRevealElement() as HTMLElement, { subtree: true, attributeFilter: ['src'] });
}
