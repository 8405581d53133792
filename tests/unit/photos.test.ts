// Raster photos: which versions the build makes, and the class and CSS that serve them.
import { describe, expect, test } from 'vitest';
import { photoCss } from '../../src/vite/photo-plugin.ts';
import { planWidths } from '../../src/vite/photo-variants.ts';
import { backgroundPhotoClass, photoClass } from '../../src/deck/photos.ts';

describe('planWidths', () => {
  test('a large photo gets both widths', () => expect(planWidths(4000)).toEqual([1280, 1920]));
  test('a photo between the widths keeps its own width as the larger', () => expect(planWidths(1500)).toEqual([1280, 1500]));
  test('a small photo is never enlarged', () => expect(planWidths(800)).toEqual([800]));
});

describe('photo classes', () => {
  test('name a photo by its path in public/images', () => expect(photoClass('resa/Båt 1.JPG')).toBe('photo--resa-b-t-1-jpg'));
  test('a JPEG or PNG background gets one, from its URL', () => {
    expect(backgroundPhotoClass('./images/foto%20ett.jpg')).toBe('photo--foto-ett-jpg');
    expect(backgroundPhotoClass('https://example.se/talk/images/bild.png')).toBe('photo--bild-png');
  });
  test('an SVG illustration does not', () => expect(backgroundPhotoClass('./images/bild.svg')).toBeUndefined());
});

test('the CSS serves AVIF, then WebP, to loaded backgrounds, and the smaller width to 1× screens up to 1280 px', () => {
  const css = photoCss('foto.jpg', [
    { width: 1280, format: 'avif', file: '/c/foto-1280.avif' },
    { width: 1280, format: 'webp', file: '/c/foto-1280.webp' },
    { width: 1920, format: 'avif', file: '/c/foto-1920.avif' },
    { width: 1920, format: 'webp', file: '/c/foto-1920.webp' },
  ]);
  const selector = 'html:not(.print-pdf) .slide-background.photo--foto-jpg[data-loaded] > .slide-background-content';
  expect(css).toBe(
    [
      `${selector} { background-image: image-set(url("/c/foto-1920.avif") type("image/avif"), url("/c/foto-1920.webp") type("image/webp")) !important; }`,
      `@media (max-width: 1280px) and (max-resolution: 1.25dppx) { ${selector} { background-image: image-set(url("/c/foto-1280.avif") type("image/avif"), url("/c/foto-1280.webp") type("image/webp")) !important; } }`,
    ].join('\n'),
  );
});
