// The page the build draws the link-preview picture from (src/vite/share-images.ts) shows the
// title slide alone: reveal.js need not lay out a long deck (5,000 slides took minutes) to draw one slide.

/** The URL parameter that asks for it (SHARE_IMAGE_VIEW in src/vite/share-images.ts). */
export const SHARE_IMAGE_PARAMETER = 'share-image';

/** In the share-image view, remove every slide but the first before reveal.js starts. */
export function keepOnlyTitleForShareImage(): void {
  if (!new URLSearchParams(location.search).has(SHARE_IMAGE_PARAMETER)) return;
  const slides = document.querySelectorAll('.reveal .slides > section');
  for (const slide of Array.from(slides).slice(1)) slide.remove();
}
