// PNG pictures in the tests, read and written by sharp (libvips, native code): decoding them in
// JavaScript (pngjs) took about 15 s of CPU in every `npm test`.
import sharp from 'sharp';

/** A picture as RGBA bytes, row by row: four bytes a pixel. */
export interface Pixels {
  width: number;
  height: number;
  data: Buffer;
}

/** A PNG file, or its bytes, as RGBA pixels. */
export async function decodePng(png: Buffer | string): Promise<Pixels> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** Pixels as a PNG file, quickly compressed: these are pictures to look at, not to keep small. */
export async function writePng(file: string, { width, height, data }: Pixels): Promise<void> {
  await sharp(data, { raw: { width, height, channels: 4 } }).png({ compressionLevel: 1 }).toFile(file);
}

/** A PNG's size, read from its header. */
export async function pngSize(png: Buffer | string): Promise<[number, number]> {
  const { width, height } = await sharp(png).metadata();
  return [width ?? 0, height ?? 0];
}
