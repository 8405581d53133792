// What gets published: speaker notes stay out of the public build unless asked for.
import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWith } from './builds.ts';
import { loadTalkDeck } from '../../src/talk-deck.ts';
import { REFERENCE_SLIDES } from '../reference-talk.ts';

const NOTE = 'Hemlig anteckning: nämn siffrorna muntligt.';

/** Every file's text in a folder, recursively. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'latin1'))
    .join('\n');
}

test('no speaker notes of the talk are in any file of the public build', () => {
  const deck = loadTalkDeck();
  const notes = deck.slides.filter((slide) => slide.raw.notes?.text.trim()).map((slide) => slide.raw.notes!.text.trim().split('\n')[0]);
  const published = allText('dist');
  for (const note of notes) expect(published).not.toContain(Buffer.from(note, 'utf8').toString('latin1'));
});

test('a note is left out by default and published with DECK_PUBLISH_NOTES=1', () => {
  const slidesDir = mkdtempSync(join(tmpdir(), 'deck-notes-'));
  cpSync(REFERENCE_SLIDES, slidesDir, { recursive: true });
  const file = join(slidesDir, '01-inledning.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('22 feb 2018\n', `22 feb 2018\n\n<!-- ${NOTE} -->\n`));
  const builds = [buildWith({ DECK_SLIDES_DIR: slidesDir, DECK_OG_IMAGE: '0' }), buildWith({ DECK_SLIDES_DIR: slidesDir, DECK_OG_IMAGE: '0', DECK_PUBLISH_NOTES: '1' })];
  try {
    const [privateBuild, publicBuild] = builds;
    expect(privateBuild.status, privateBuild.output).toBe(0);
    expect(publicBuild.status, publicBuild.output).toBe(0);
    const encoded = Buffer.from(NOTE, 'utf8').toString('latin1');
    expect(allText(privateBuild.outDir)).not.toContain(encoded);
    expect(allText(publicBuild.outDir)).toContain(encoded);
  } finally {
    for (const build of builds) rmSync(build.outDir, { recursive: true, force: true });
    rmSync(slidesDir, { recursive: true, force: true });
  }
});
