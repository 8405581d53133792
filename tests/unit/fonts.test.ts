// The fonts the build puts in the page hold every character the talk shows, in both weights, and
// are a fraction of Inter's whole Latin files.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import * as fontkit from 'fontkit';
import { expect, test } from 'vitest';
import { renderDeck } from '../../src/deck/index.ts';
import { loadTalkDeck } from '../../src/talk-deck.ts';
import { FONT_WEIGHTS } from '../../src/theme/tokens.ts';
import { pageCharacters, subsetFontFile } from '../../src/vite/font-subset.ts';
import { FIXTURE_RENDER } from './fixture-deck.ts';

const require = createRequire(import.meta.url);

test('the subset fonts cover every character of the slides, their notes and the pages, capitals too', async () => {
  const deck = loadTalkDeck();
  const { html } = renderDeck(deck.slides, FIXTURE_RENDER);
  const characters = pageCharacters(html, deck.sources.values(), resolve('src/client'));
  const talkText = [...deck.sources.values()].join('');
  for (const character of ['å', 'Ä', 'Ö', '”', '–', '…', ...talkText.toLocaleUpperCase('sv')].filter((c) => c >= ' ')) expect(characters).toContain(character);
  // The build's cache: after a build, nothing is cut again.
  const cacheDir = resolve('node_modules/.cache/deck-fonts');
  for (const weight of FONT_WEIGHTS) {
    const file = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
    const subset = await subsetFontFile(file, characters, cacheDir);
    const whole = fontkit.create(readFileSync(file)) as fontkit.Font;
    const cut = fontkit.create(subset) as fontkit.Font;
    const has = (font: fontkit.Font) => (character: string) => font.hasGlyphForCodePoint(character.codePointAt(0) as number);
    // Nothing the pages can show is lost in the cut; and the talk itself needs no other font.
    expect([...characters].filter((character) => has(whole)(character) && !has(cut)(character)), `weight ${weight}`).toEqual([]);
    expect([...new Set(talkText.toLocaleUpperCase('sv') + talkText)].filter((character) => /\S/.test(character) && !has(cut)(character)), `weight ${weight}`).toEqual([]);
    expect(subset.length, `weight ${weight}: subset against ${statSync(file).size} bytes`).toBeLessThan(statSync(file).size * 0.7);
  }
}, 20_000);
