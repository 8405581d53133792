// The published site's settings: the talk's facts plus what the build's environment adds.
import { talk } from '../talk.config.ts';

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
  }
}

const URL_HINT = 'set DECK_PUBLIC_URL (or publicUrl in src/talk.config.ts) to the address the site is published at, e.g. https://example.se/talks/reda/';

function normaliseUrl(url: string): string {
  if (!url) return '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SettingsError(`The public URL "${url}" is not a URL`, URL_HINT);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new SettingsError(`The public URL "${url}" must start with https:// (or http://)`, URL_HINT);
  }
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}
