// reveal.js settings for the talk: 16:9 slides, shareable links, calm motion.
import type { RevealConfig } from 'reveal.js';
import { printViewConfig } from './print/print-view.ts';
import { slideSizeConfig } from './slide-size.ts';
import { talk } from '../talk.config.ts';
import { windowRole, windowRoleConfig } from './window-role.ts';
import { session } from './sync/session.ts';

export function deckConfig(): RevealConfig {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    ...slideSizeConfig(),
    hash: true,
    controls: true,
    progress: true,
    // A switch in src/talk.config.ts; reveal.js leaves the numbers out of its scroll and print views' pages.
    slideNumber: talk.slideNumbers ? 'c/t' : false,
    center: true,
    transition: reducedMotion ? 'none' : 'slide',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    // With `npm run present`, every picture loads at the start: if the laptop's server stops, the talk goes on whole.
    ...(session().relay && windowRole() !== 'mirror' ? { viewDistance: 1000 } : {}),
    ...printViewConfig(),
    // Last: the presenter's windows (?presenter, ?preview) override what they must.
    ...windowRoleConfig(),
  };
}
