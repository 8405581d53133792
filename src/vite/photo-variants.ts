// A raster photo as AVIF and WebP in the widths a full-screen slide background needs, encoded
// with sharp and cached on disk by the photo's content, so each version is made once.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import sharp from 'sharp';
import { SLIDE } from '../theme/tokens.ts';

/** A 1× screen up to a slide's width gets the smaller one; projectors, large and sharp screens the larger. */
export const PHOTO_WIDTHS = [SLIDE.width, SLIDE.width * 1.5] as const;
export const PHOTO_FORMATS = ['avif', 'webp'] as const;
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];

export interface PhotoVariant {
  width: number;
  format: PhotoFormat;
  /** The encoded file, in the cache folder. */
  file: string;
}

const QUALITY: Record<PhotoFormat, object> = { avif: { quality: 55, effort: 4 }, webp: { quality: 78 } };

/** The widths to make for a photo this wide: never wider than the photo itself. */
export function planWidths(photoWidth: number): number[] {
  const largest = Math.min(photoWidth, PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1]);
  return [...new Set([...PHOTO_WIDTHS.filter((width) => width < largest), largest])];
}

export interface MadeVariants {
  /** The photo's upright size. */
  width: number;
  height: number;
  variants: PhotoVariant[];
}

export async function makeVariants(source: string, cacheDir: string): Promise<MadeVariants> {
  const bytes = readFileSync(source);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const stem = basename(source, extname(source)).replace(/[^\w-]+/g, '-');
  // EXIF orientations 5–8 turn the picture a quarter: its upright width is the stored height.
  const meta = await sharp(bytes).metadata();
  const [width, height] = (meta.orientation ?? 1) >= 5 ? [meta.height, meta.width] : [meta.width, meta.height];
  mkdirSync(cacheDir, { recursive: true });
  const variants: PhotoVariant[] = [];
  for (const targetWidth of planWidths(width)) {
    for (const format of PHOTO_FORMATS) {
      const file = join(cacheDir, `${stem}-${hash}-${targetWidth}.${format}`);
      if (!existsSync(file)) {
        // Written beside and renamed, so a half-written file is never taken for a finished one.
        const partial = `${file}.${process.pid}.partial`;
        // rotate() applies the EXIF orientation, so a phone's portrait photo stands upright.
        await sharp(bytes).rotate().resize({ width: targetWidth, withoutEnlargement: true }).toFormat(format, QUALITY[format]).toFile(partial);
        renameSync(partial, file);
      }
      variants.push({ width: targetWidth, format, file });
    }
  }
  return { width, height, variants };
}
