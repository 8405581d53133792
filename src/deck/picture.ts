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

const FORMATS = ['avif', 'webp'] as const;

/** What the loader left on a picture of a slide's text; undefined for other pictures (the notes'). */
export function slidePictureOf(token: Token): SlidePictureMeta['slidePicture'] | undefined {
  return (token.meta as Partial<SlidePictureMeta> | null)?.slidePicture;
}

/**
 * A checked image token as a picture, for markdown-it's own image rule to render: a copy whose
 * `src` waits in `data-src` (unless `eager`, for the first slide, which paints before reveal.js
 * starts), a photo's with its width and height; and the <source>s a photo's <img> follows (empty
 * for a plain <img>).
 */
export function toSlidePicture(token: Token, { photo }: SlidePictureMeta['slidePicture'], escape: (text: string) => string, { eager, sizes }: { eager: boolean; sizes: string }): { img: Token; sources: string } {
  const lazy = eager ? '' : 'data-';
  const img = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token);
  img.attrs = (token.attrs ?? []).map(([name, value]): [string, string] => [name === 'src' ? `${lazy}src` : name, String(value)]);
  if (!photo) return { img, sources: '' };
  img.attrs.push(['width', String(photo.width)], ['height', String(photo.height)], ['decoding', 'async']);
  const sources = FORMATS.map((format) => {
    const srcset = photo.versions
      .filter((version) => version.format === format)
      .map((version) => `${version.url} ${version.width}w`)
      .join(', ');
    return `<source type="image/${format}" ${lazy}srcset="${escape(srcset)}" sizes="${escape(sizes)}">`;
  });
  return { img, sources: sources.join('') };
}
