// The reference talk: a copy of "Den regionala digitaliseringen" as the engine's test deck. The browser
// tests and the engine's unit tests run on it, so they hold whatever slides/ says: after the speaker
// edits a slide, and right after `npm run new`. The speaker's own slides are checked by tests/unit/talk.test.ts.
import { join } from 'node:path';

export const REFERENCE_TALK = 'tests/fixtures/talk';
export const REFERENCE_SLIDES = join(REFERENCE_TALK, 'slides');
/** Its pictures and icon, in place of public/. */
export const REFERENCE_PUBLIC = join(REFERENCE_TALK, 'public');
export const REFERENCE_IMAGES = join(REFERENCE_PUBLIC, 'images');
