// The published site's settings: the talk's facts plus what the build's environment adds.
import { printable } from '../deck/index.ts';
import { talk } from '../talk.config.ts';

/** Longer than this, the address would not fit the contact slide's QR code or sensible link previews. */
export const MAX_PUBLIC_URL_LENGTH = 1000;

export interface SiteSettings {
  talk: typeof talk;
  /** Absolute URL of the deck's folder, ending in "/"; empty when not known. */
  publicUrl: string;
  /** Whether the public build carries the speaker notes. */
  publishNotes: boolean;
}

/** DECK_PUBLIC_URL and DECK_PUBLISH_NOTES=1 override the talk's configuration. */
export function resolveSiteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  return {
    talk,
    publicUrl: normaliseUrl(env.DECK_PUBLIC_URL || talk.publicUrl),
    publishNotes: env.DECK_PUBLISH_NOTES === '1' || talk.publishNotes,
  };
}

/** A setting the author must fix, with how (the commands print it without a stack). */
export class SettingsError extends Error {
  override name = 'SettingsError';
  readonly code = 'bad-public-url';

  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    // Vite prints a config error's stack as it is: the message alone, not noise.
    this.stack = `${message}\n${hint}`;
  }
}

const URL_HINT = 'set DECK_PUBLIC_URL (or publicUrl in src/talk.config.ts) to the address the site is published at, e.g. https://example.se/talks/reda/';

function normaliseUrl(url: string): string {
  if (!url) return '';
  const example = 'e.g. https://example.se/talks/reda/';
  if (url.length > MAX_PUBLIC_URL_LENGTH) {
    throw new SettingsError(`The public URL is ${url.length} characters long: at most ${MAX_PUBLIC_URL_LENGTH} fit in the QR code and link previews`, URL_HINT);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SettingsError(`The public URL "${printable(url)}" is not a URL`, URL_HINT);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new SettingsError(`The public URL "${printable(url)}" must start with https:// (or http://)`, URL_HINT);
  }
  if (parsed.username || parsed.password) {
    // Never print the password back: the message may end up in a CI log.
    throw new SettingsError(`The public URL for ${parsed.host} holds a user name or password, which every page and the QR code would publish`, 'remove the "name:password@" part');
  }
  if (parsed.search || parsed.hash || /[?#]/.test(parsed.href)) {
    throw new SettingsError(`The public URL "${printable(url)}" has a query ("?…") or a fragment ("#…"): the page's files are found by adding their names to it`, `give the folder's address alone, ${example}`);
  }
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}
