// When the slides' fonts are in: each weight of Inter loaded, or given up on after a while, so a
// font that never comes cannot hold up the talk.
import { FONT_WEIGHTS } from '../../theme/tokens.ts';

/** Enough for fonts on a slow connection (in the build they are inside the page and take a moment). */
const FONT_WAIT_MS = 3000;

export function fontsReady(): Promise<void> {
  const loaded = Promise.all(FONT_WEIGHTS.map((weight) => document.fonts.load(`${weight} 1em Inter`))).then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([loaded, new Promise<void>((done) => setTimeout(done, FONT_WAIT_MS))]);
}
