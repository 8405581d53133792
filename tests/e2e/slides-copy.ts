// Copies of the reference talk's slides for journeys that change the talk: a broken slide, a live edit, speaker notes.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REFERENCE_SLIDES } from '../reference-talk.ts';

/** A copy of the reference talk's slides that a test may change. */
export function copySlides(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-slides-'));
  cpSync(REFERENCE_SLIDES, dir, { recursive: true });
  return dir;
}

/** Speaker notes that a copy gets on the "Sverige ligger efter!" slide; the real talk's notes may change. */
export const TEST_NOTE = 'Testanteckning: börja med en paus.';
export const NOTED_SLIDE = 'sverige-ligger-efter';

export function copySlidesWithNote(): string {
  const dir = copySlides();
  const file = join(dir, '02-var-star-vi.md');
  const text = readFileSync(file, 'utf8');
  if (!text.includes('\nSverige ligger efter!\n')) throw new Error(`${file} no longer has the slide "Sverige ligger efter!"`);
  writeFileSync(file, text.replace('\nSverige ligger efter!\n', `\nSverige ligger efter!\n\n<!-- ${TEST_NOTE} -->\n`));
  return dir;
}
