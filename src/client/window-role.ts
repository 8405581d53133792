// Which window of the talk this page is: the audience's, the presenter's, the presenter's
// "next slide" preview, or the slide the phone's remote draws on; chosen by the URL (?presenter,
// ?preview, ?mirror) so it works from file:// too.
import type { RevealConfig } from 'reveal.js';

export type WindowRole = 'audience' | 'presenter' | 'preview' | 'mirror';

export function windowRole(search = window.location.search): WindowRole {
  const params = new URLSearchParams(search);
  if (params.has('preview')) return 'preview';
  if (params.has('mirror')) return 'mirror';
  if (params.has('presenter')) return 'presenter';
  return 'audience';
}

/** The address of another view of this same page, e.g. the presenter view of the audience page. */
export function windowRoleUrl(view: WindowRole, href = window.location.href, keepHash = true): string {
  const url = new URL(href);
  url.searchParams.delete('presenter');
  url.searchParams.delete('preview');
  url.searchParams.delete('mirror');
  // "?presenter" rather than "?presenter=": the short form is the one people type.
  url.search = [url.searchParams.toString(), view === 'audience' ? '' : view].filter(Boolean).join('&');
  if (!keepHash) url.hash = '';
  return url.href;
}

/** What each view changes in reveal.js's settings. */
export function windowRoleConfig(view: WindowRole = windowRole()): Partial<RevealConfig> {
  // Scroll view would take over a narrow presenter box. The preview's replies ("callback" with a
  // method name) reach this window too, and reveal.js would run them here: so no postMessage API.
  if (view === 'presenter') return { embedded: true, scrollActivationWidth: 0, controls: false, postMessage: false };
  if (view === 'mirror') return { ...stillSlide(), postMessage: false };
  // Nothing steers the audience's deck from outside: with the API on, any page that framed it could.
  if (view !== 'preview') return { postMessage: false };
  return {
    ...stillSlide(),
    // The presenter view steers the preview through reveal.js's postMessage API and hears its events;
    // only its calls get through (src/client/frame-guard.ts).
    postMessage: true,
    postMessageEvents: true,
  };
}

/** A slide that only follows the talk: no controls, keys, swipes or motion of its own. */
function stillSlide(): Partial<RevealConfig> {
  return {
    embedded: false,
    hash: false,
    history: false,
    controls: false,
    progress: false,
    keyboard: false,
    touch: false,
    overview: false,
    jumpToSlide: false,
    help: false,
    transition: 'none',
    backgroundTransition: 'none',
    scrollActivationWidth: 0,
  };
}
