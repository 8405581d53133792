// The page's Content Security Policy in one place: the build writes it into every
// HTML page as a meta tag, and the README gives it as a header for hosts that send one.
import { createHash } from 'node:crypto';
import { SLIDE_HEIGHT, SLIDE_MARGIN, SLIDE_WIDTH } from '../client/config.ts';
import { speakerViewParts } from './csp-speaker-view.ts';

export type CspDirectives = Record<string, string[]>;

/** The two style sheets reveal.js's print view (?print-pdf) adds, as it writes them for our slide size. */
export function printViewStyleSheets(width = SLIDE_WIDTH, height = SLIDE_HEIGHT, margin = SLIDE_MARGIN): string[] {
  const pageWidth = Math.floor(width * (1 + margin));
  const pageHeight = Math.floor(height * (1 + margin));
  return [
    `@page{size:${pageWidth}px ${pageHeight}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${width}px; max-height:${height}px}`,
  ];
}

/** A CSP source that allows exactly this inline script or style text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy. Everything comes from the page's own origin; no inline script at all.
 * To allow something new, add it here (one source per need, with a comment), never
 * 'unsafe-inline' for scripts.
 */
const speakerView = speakerViewParts();

export const cspDirectives: CspDirectives = {
  'default-src': ["'self'"],
  // Inline script only as reveal.js's speaker view (key S) writes it, by hash.
  'script-src': ["'self'", ...speakerView.scripts.map(hashSource)],
  // Inline styles only as reveal.js's print view (?print-pdf) and speaker view write them, by hash;
  // 'unsafe-hashes' lets the speaker view's two style="display: none" through, nothing else.
  'style-src': ["'self'", ...printViewStyleSheets().map(hashSource), ...speakerView.styles.map(hashSource), "'unsafe-hashes'", ...speakerView.styleAttributes.map(hashSource)],
  // reveal.css draws a few icons as data: images.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** Directives a browser ignores in a meta tag; only a header can carry them. */
export const headerOnlyDirectives: CspDirectives = {
  // reveal.js's speaker view frames the deck itself, so same-origin framing stays allowed.
  'frame-ancestors': ["'self'"],
};

export function formatPolicy(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy for the meta tag in the built pages. */
export const metaPolicy = formatPolicy(cspDirectives);

/** The same policy as a Content-Security-Policy header, for hosts that can send one. */
export const headerPolicy = formatPolicy({ ...cspDirectives, ...headerOnlyDirectives });
