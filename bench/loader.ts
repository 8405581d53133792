// `npm run bench:loader`: the loader's time for growing inputs, to show it grows linearly.
// Printed, never asserted: µs per KB should stay about flat as the input doubles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeck, fileFinder, formatDeckErrors, imageUrlUnder, listSlideFiles, type SlideFile } from '../src/deck/index.ts';
import { layouts } from '../src/layouts/index.ts';
import { sampleText } from '../tests/unit/slide-arbitraries.ts';

const assets = { findImage: fileFinder('public/images') };
const options = { layouts, imageUrl: imageUrlUnder('./images/') };
const talk = listSlideFiles('slides').map((name) => ({ name, text: readFileSync(join('slides', name), 'utf8') }));

/** The talk `copies` times over, each copy's fixed ids made its own so the deck stays valid. */
function talkTimes(copies: number): SlideFile[] {
  return Array.from({ length: copies }, (_, copy) =>
    talk.map(({ name, text }) => ({ path: `slides/${copy}-${name}`, text: copy === 0 ? text : text.replace(/^id: (\S+)$/gm, `id: $1-${copy}`) })),
  ).flat();
}

/** The same, but all in one file, as an author who keeps the talk in one file has it. */
function talkInOneFile(copies: number): SlideFile[] {
  return [{ path: 'slides/allt.md', text: talkTimes(copies).map((file) => file.text).join('\n') }];
}

/** Random slide files (many of them broken) of about `lines` lines in all. */
function randomFiles(lines: number): SlideFile[] {
  return Array.from({ length: Math.ceil(lines / 200) }, (_, index) => ({ path: `slides/${index}.md`, text: sampleText(200, index) }));
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function measure(label: string, files: SlideFile[]): void {
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  const times: number[] = [];
  let summary = '';
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const deck = buildDeck(files, assets, options);
    if (deck.errors.length > 0) formatDeckErrors(deck);
    times.push(performance.now() - start);
    summary = `${deck.slides.length} slides, ${deck.errors.length} errors`;
  }
  const ms = median(times);
  const kb = bytes / 1024;
  console.log(`${label.padEnd(18)} ${kb.toFixed(0).padStart(6)} KB ${ms.toFixed(1).padStart(8)} ms ${((ms * 1000) / kb).toFixed(0).padStart(6)} µs/KB   ${summary}`);
}

buildDeck(talkTimes(1), assets, options); // warm up the JIT
console.log('input              size        time   per KB   result');
for (const copies of [1, 2, 4, 8, 16, 32, 64]) measure(`talk × ${copies}`, talkTimes(copies));
for (const copies of [1, 4, 16, 64]) measure(`one file × ${copies}`, talkInOneFile(copies));
for (const lines of [1000, 2000, 4000, 8000, 16000, 32000]) measure(`random ${lines} lines`, randomFiles(lines));
for (const lines of [2000, 8000, 32000]) measure(`1 file ${lines} random`, [{ path: 'slides/x.md', text: sampleText(lines, 1) }]);
for (const items of [1000, 4000, 16000]) {
  const list = Array.from({ length: items }, (_, i) => `- [Punkt ${i}](#/lista) ![Bild ${i}](bild-${i % 7}.svg)`).join('\n');
  measure(`1 slide ${items} links`, [{ path: 'slides/lista.md', text: `---\nid: lista\n---\n\n# Lista\n\n${list}\n` }]);
}
