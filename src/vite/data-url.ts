// A file as a data: URL, for the one-file build, where nothing is fetched.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/** The media types of the files a site of ours holds: for data: URLs, and for the export's browser (src/export/cdp-page.ts). */
const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.vcf': 'text/vcard',
  '.txt': 'text/plain; charset=utf-8',
};

export function mediaTypeOf(file: string): string {
  return MEDIA_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function fileDataUrl(file: string): string {
  // No space in a data: URL's parameters.
  const type = mediaTypeOf(file).replace('; ', ';');
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}
