// The page's <head> metadata from the site settings: title, description, link previews, icons.
import { escapeHtml } from '../deck/index.ts';
import { palette } from '../theme/tokens.ts';
import type { SiteSettings } from './site-settings.ts';

export const OG_IMAGE = { file: 'og-image.png', width: 1200, height: 630 } as const;
export const FAVICON_PNG = { file: 'favicon.png', size: 192 } as const;

/** Head tags as HTML. Relative URLs when the public URL is unknown; absolute ones when it is. */
export function headTags(site: SiteSettings, { ogImage, pngIcon, icon }: { ogImage: boolean; pngIcon: boolean; icon: string }): string {
  const { talk, publicUrl } = site;
  const title = pageTitle(talk);
  const meta = (attribute: 'name' | 'property', key: string, value: string | number) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(String(value))}" />`;
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', talk.description),
    meta('name', 'author', talk.speaker),
    meta('name', 'theme-color', palette.blue),
    `<link rel="icon" href="${escapeHtml(icon)}" type="image/svg+xml" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:locale', 'sv_SE'),
    meta('property', 'og:title', talk.title),
    meta('property', 'og:description', talk.description),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', talk.title),
    meta('name', 'twitter:description', talk.description),
  ];
  if (pngIcon) {
    const sizes = `${FAVICON_PNG.size}x${FAVICON_PNG.size}`;
    tags.push(`<link rel="icon" href="./${FAVICON_PNG.file}" type="image/png" sizes="${sizes}" />`, `<link rel="apple-touch-icon" href="./${FAVICON_PNG.file}" />`);
  }
  if (publicUrl) {
    tags.push(`<link rel="canonical" href="${escapeHtml(publicUrl)}" />`, meta('property', 'og:url', publicUrl));
  }
  if (ogImage) {
    const image = `${publicUrl || './'}${OG_IMAGE.file}`;
    tags.push(
      meta('property', 'og:image', image),
      meta('property', 'og:image:width', OG_IMAGE.width),
      meta('property', 'og:image:height', OG_IMAGE.height),
      meta('property', 'og:image:alt', `Titelbilden: ${talk.title}`),
      meta('name', 'twitter:image', image),
    );
  }
  return tags.join('\n    ');
}

/** "Den regionala digitaliseringen – Reglabs lärprojekt …, 22 februari 2018"; without an event, only the date follows. */
export function pageTitle(talk: { title: string; event: string; date: string }): string {
  return `${talk.title} – ${[talk.event, swedishDate(talk.date)].filter(Boolean).join(', ')}`;
}

/** "2018-02-22" → "22 februari 2018". */
export function swedishDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
