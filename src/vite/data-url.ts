// A file as a data: URL, for the one-file build, where nothing is fetched.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

const MEDIA_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

export function fileDataUrl(file: string): string {
  const type = MEDIA_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}
