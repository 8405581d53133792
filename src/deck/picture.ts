// A picture in a slide's text is fetched as its slide comes near: reveal.js sets `src` from
// `data-src` (its viewDistance). A raster photo becomes a <picture> of its AVIF and WebP versions,
// whose `data-srcset` src/client/lazy-pictures.ts sets as reveal sets the <img>'s `src`; its width
// and height hold its place, so nothing moves when it arrives.
import type { PhotoInfo } from './photos.ts';
import type { Token } from './types.ts';

/** What the loader (src/deck/media.ts) leaves on an image token it checked. */
export interface SlidePictureMeta {
  slidePicture: { photo: PhotoInfo | undefined };
}

/**
 * How wide a slide's picture is on screen at most: the slide (1280 px, scaled to 96 % of the
 * window's width or of its height at 16:9) or, on a phone, 96 % of the screen's width.
 */
export const SLIDE_PICTURE_SIZES = 'min(96vw, 171vh)';

const FORMATS = ['avif', 'webp'] as const;

export function isSlidePicture(token: Token): boolean {
  return Boolean((token.meta as Partial<SlidePictureMeta> | null)?.slidePicture);
}

/**
 * A checked image token as a lazy picture, for markdown-it's own image rule to render: a copy
 * whose `src` is `data-src`, a photo's with its width and height; and the <source>s a photo's
 * <img> follows (empty for a plain <img>).
 */
export function toSlidePicture(token: Token, escape: (text: string) => string): { img: Token; sources: string } {
  const { photo } = (token.meta as unknown as SlidePictureMeta).slidePicture;
  const img = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token);
  img.attrs = (token.attrs ?? []).map(([name, value]): [string, string] => [name === 'src' ? 'data-src' : name, String(value)]);
  if (!photo) return { img, sources: '' };
  img.attrs.push(['width', String(photo.width)], ['height', String(photo.height)], ['decoding', 'async']);
  const sources = FORMATS.map((format) => {
    const srcset = photo.versions
      .filter((version) => version.format === format)
      .map((version) => `${version.url} ${version.width}w`)
      .join(', ');
    return `<source type="image/${format}" data-srcset="${escape(srcset)}" sizes="${SLIDE_PICTURE_SIZES}">`;
  });
  return { img, sources: sources.join('') };
}
