// Raster photos (JPEG, PNG) in public/images get AVIF and WebP versions at build time
// (src/vite/photo-plugin.ts). A slide whose background is one carries a class naming it, which
// reveal.js copies onto the slide's background element, where the build's CSS serves the versions.

const RASTER = /\.(jpe?g|png)$/i;

/** What the build knows of a raster photo: its upright size, and its AVIF and WebP versions. */
export interface PhotoInfo {
  width: number;
  height: number;
  /** Each version's URL in the page and its width in pixels, smallest first per format. */
  versions: { url: string; width: number; format: 'avif' | 'webp' }[];
}
const IN_IMAGES = /(?:^|\/)images\/(.+)$/;

export function isRasterPhoto(path: string): boolean {
  return RASTER.test(path);
}

/** The class for a picture, by its path inside public/images ("foto.jpg" → "photo--foto-jpg"). */
export function photoClass(imagePath: string): string {
  const slug = imagePath
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `photo--${slug}`;
}

/** The photo class for a background picture's URL (e.g. "./images/foto.jpg"), if it is a raster photo. */
export function backgroundPhotoClass(url: string | undefined): string | undefined {
  const path = url && IN_IMAGES.exec(url)?.[1];
  return path && isRasterPhoto(path) ? photoClass(decodeURIComponent(path)) : undefined;
}
