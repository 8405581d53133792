// The stylesheet put into the page: its URLs, written from the assets folder, point from the page.
import { expect, test } from 'vitest';
import { rebaseUrls } from '../../src/vite/inline-styles-plugin.ts';

test("relative URLs in url() and image-set() point from the page's folder, others stay", () => {
  const css = [
    '@font-face{font-family:Inter;src:url(./inter.woff2)format("woff2")}',
    'a{background-image:image-set("./foto.avif" 1x type("image/avif"),url(foto.webp) 1x type("image/webp"))}',
    'b{background:url(data:image/png;base64,AA)}',
    'c{background:url(/images/x.png),url(https://example.se/y.png)}',
  ].join('');
  expect(rebaseUrls(css, './assets')).toBe(
    [
      '@font-face{font-family:Inter;src:url(./assets/inter.woff2)format("woff2")}',
      'a{background-image:image-set("./assets/foto.avif" 1x type("image/avif"),"./assets/foto.webp" 1x type("image/webp"))}',
      'b{background:url(data:image/png;base64,AA)}',
      'c{background:url(/images/x.png),url(https://example.se/y.png)}',
    ].join(''),
  );
});
