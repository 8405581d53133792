// The page's Content Security Policy in one place: the build writes it into every
// HTML page as a meta tag, and the README gives it as a header for hosts that send one.
import { createHash } from 'node:crypto';
import { PHONE_SLIDE, PRINT_MARGIN, SLIDE } from '../theme/tokens.ts';

export type CspDirectives = Record<string, string[]>;

/** The two style sheets reveal.js's print view (?print-pdf) adds, as it writes them for a slide size. */
export function printViewStyleSheets(width: number = SLIDE.width, height: number = SLIDE.height, margin = PRINT_MARGIN): string[] {
  const pageWidth = Math.floor(width * (1 + margin));
  const pageHeight = Math.floor(height * (1 + margin));
  return [
    `@page{size:${pageWidth}px ${pageHeight}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${width}px; max-height:${height}px}`,
  ];
}

/** The print view's sheets for both slide sizes: wide, and tall when a phone-width window opens it. */
export const printViewStyles = [...printViewStyleSheets(), ...printViewStyleSheets(PHONE_SLIDE.width, PHONE_SLIDE.height)];

/** A CSP source that allows exactly this inline script or style text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy of the site. Everything comes from the page's own origin. The build adds the page's
 * own inline <style> and its one inline <script> (index.html: which slide a link paints first) by
 * their hashes (siteDirectives); nothing else inline runs.
 * To allow something new, add it here (one source per need, with a comment), never
 * 'unsafe-inline' for scripts.
 */
export const cspDirectives: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Inline styles only by hash: the page's own (added by siteDirectives) and the two reveal.js's
  // print view (?print-pdf, npm run pdf) writes.
  'style-src': ["'self'", ...printViewStyles.map(hashSource)],
  // reveal.css draws a few icons as data: images.
  'img-src': ["'self'", 'data:'],
  // The page's fonts are inside its styles (src/vite/fonts-plugin.ts), as data: URLs.
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  // The presenter view (?presenter) frames this same page as its next-slide preview (?preview).
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** Directives a browser ignores in a meta tag; only a header can carry them. */
export const headerOnlyDirectives: CspDirectives = {
  // The presenter view frames the deck itself, so same-origin framing stays allowed.
  'frame-ancestors': ["'self'"],
};

export function formatPolicy(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The site's policy for a page with this inline code (src/vite/inline-styles-plugin.ts puts its styles in). */
export function siteDirectives({ styles, scripts }: { styles: string[]; scripts: string[] }): CspDirectives {
  const withHashes = (sources: string[], code: string[]) => [...new Set([...sources, ...code.map(hashSource)])];
  return { ...cspDirectives, 'script-src': withHashes(cspDirectives['script-src'], scripts), 'style-src': withHashes(cspDirectives['style-src'], styles) };
}

/** The same policy as a Content-Security-Policy header, for hosts that can send one. */
export function headerPolicy(directives: CspDirectives): string {
  return formatPolicy({ ...directives, ...headerOnlyDirectives });
}

/** The header as `_headers` gives it to hosts that read that file (Netlify, Cloudflare Pages). */
export const HEADERS_FILE = '_headers';
export function headersFile(directives: CspDirectives): string {
  return `/*\n  Content-Security-Policy: ${headerPolicy(directives)}\n`;
}
