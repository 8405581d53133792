// Journey: an organiser opens the PowerPoint file and edits it. LibreOffice Impress converts it once;
// its pages are checked against the talk's text and, picture by picture, against the site's slides.
import { expect } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Slide } from '../../src/deck/index.ts';
import { notesText } from '../../src/export/pptx/notes.ts';
import { loadTalkDeck } from '../../src/talk-deck.ts';
import { talk } from '../../src/talk.config.ts';
import { convertToPdf, hasInter } from './libreoffice.ts';
import { openPdf, readLinks, readOutline } from './pdf-inspect.ts';
import { EXPORTED, pdfInfo, pdfPageText, renderPdfPages, runExport } from './pdf-tools.ts';
import { openUnscaledDeck, saveSlideScreenshot } from './screen.ts';
import { similarity, type Similarity } from './similarity.ts';
import { test } from './site-variants.ts';

const OUT = 'test-results/export-pptx';
const PICTURES = 'tests/output/pptx';
/** Below this a page is not its slide (a neighbouring slide scores 0.42, the site's own PDF 0.94, Marp's PDF 0.74). */
const LAYOUT_FLOOR = 0.55;
const MEAN_LAYOUT_FLOOR = 0.85;
/** Colour: a neighbouring slide differs by 41, Marp's PDF by 4. */
const DELTA_E_CEILING = 5;
/** Dense text a little higher or lower scores low on layout although it is the same slide (look at tests/output/pptx/). */
const SHIFTED: Record<string, string> = {
  'svart-att-dra-nagra-slutsatser-om-utvecklingen': 'a three-line heading over a list: LibreOffice sets the block about 20 px higher',
};

let slides: Slide[];
let pdf: string;
let zip: JSZip;
const text = (file: string) => zip.file(file)?.async('string') ?? Promise.reject(new Error(`${file} is missing`));
/** Text folded as LibreOffice's PDF gives it back: one space, dots and dashes as typed. */
const fold = (value: string) => value.replace(/…/g, '...').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const run = runExport(['--format', 'pptx', '--out', OUT]);
  expect(run.status, run.stderr).toBe(0);
  expect(hasInter(), 'fonts-inter is installed, so LibreOffice sets the slides in Inter').toBe(true);
  pdf = convertToPdf(join(OUT, EXPORTED.pptx), join(OUT, 'libreoffice'), 'test-results/libreoffice-profile');
  zip = await JSZip.loadAsync(readFileSync(join(OUT, EXPORTED.pptx)));
  slides = loadTalkDeck().slides;
});

test('26 editable slides: every sentence of the talk as text, titles, notes, links, alt text, in Swedish', async () => {
  expect(pdfInfo(pdf).get('Pages')).toBe('26');
  // In drawing order, text box by text box: columns of cards do not interleave.
  const pages = slides.map((_, index) => fold(pdfPageText(pdf, index + 1, true)));
  const sentences = readFileSync('tests/fixtures/talk-sentences.txt', 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  const all = pages.join(' ');
  expect(sentences.filter((sentence) => !all.includes(fold(sentence)))).toEqual([]);
  // Each slide's title is on its own page (capitals are a look: the text keeps its case) and in the outline.
  slides.forEach((slide, index) => slide.layout.name !== 'columns' && expect(pages[index], `page ${index + 1}`).toContain(fold(slide.title)));
  // LibreOffice's bookmarks are the titles, cut at 63 letters.
  const bookmarks = readOutline(await openPdf(pdf)).map((entry) => entry.title);
  expect(bookmarks).toHaveLength(slides.length);
  bookmarks.forEach((bookmark, index) => expect(slides[index].title.startsWith(bookmark) && bookmark.length >= Math.min(60, slides[index].title.length), `bookmark "${bookmark}"`).toBe(true));

  // Text boxes and shapes, not pictures of slides: the only pictures are the seven photos, each with its alt text.
  const xml = await Promise.all(slides.map((_, index) => text(`ppt/slides/slide${index + 1}.xml`)));
  const pictures = xml.flatMap((slide) => [...slide.matchAll(/<p:pic>.*?descr="([^"]*)"/gs)].map((match) => match[1]));
  expect(pictures).toEqual(slides.flatMap((slide) => (slide.layout.name === 'overlay' ? [(slide.props as { alt: string }).alt] : [])));
  for (const [index, slide] of xml.entries()) {
    const title = /<p:sp>(?:(?!<\/p:sp>).)*?<p:ph\s[^>]*type="title"(?:(?!<\/p:sp>).)*<\/p:sp>/s.exec(slide)?.[0] ?? '';
    expect([...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join('').trim(), `slide ${index + 1}'s title`).toBe(slides[index].title);
    expect(slide, `slide ${index + 1}`).not.toContain('lang="en-US"');
  }
  // Six native charts on the index overview, one per index with placements.
  expect(Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(6);

  // Speaker notes in the notes pane, as the deck's notes read.
  for (const [index, slide] of slides.entries()) {
    if (!slide.notesHtml) continue;
    const notes = await text(`ppt/notesSlides/notesSlide${index + 1}.xml`);
    const lines = [...notes.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join('\n');
    for (const line of notesText(slide.notesHtml).split('\n').slice(0, 3)) expect(fold(lines)).toContain(fold(line.replace(/&/g, '&amp;').replace(/"/g, '&quot;')));
  }

  // The contact card's links work, and the agenda's go to their slides.
  const contact = slides.findIndex((slide) => slide.layout.name === 'contact');
  expect(readLinks(await openPdf(pdf))[contact].map((link) => link.uri)).toEqual(['mailto:martin.bodensten@ramboll.com', 'tel:+46707549458']);
  const agendaRels = await text(`ppt/slides/_rels/slide${slides.findIndex((slide) => slide.layout.name === 'agenda') + 1}.xml.rels`);
  expect([...agendaRels.matchAll(/Target="slide(\d+)\.xml"/g)].map((match) => Number(match[1]))).toEqual(['var-star-vi', 'hur-lyckas-vi', 'spaningar-framat'].map((id) => slides.findIndex((slide) => slide.id === id) + 1));

  const core = await text('docProps/core.xml');
  // The talk's facts (src/talk.config.ts), whatever talk it is.
  expect(core).toContain(`<dc:title>${talk.title}</dc:title>`);
  expect(core).toContain(`<dc:creator>${talk.speaker}</dc:creator>`);
  expect(core).toContain('<dc:language>sv-SE</dc:language>');
});

test('each page looks like its slide on the site (layout similarity and colour difference per slide)', async ({ page }) => {
  test.setTimeout(180_000);
  await openUnscaledDeck(page);
  // 48 dpi: the 13.333 × 7.5 in page is 640 × 360 px, half the site's slide; both are compared at 160 × 90.
  rmSync(join(PICTURES, 'pptx'), { recursive: true, force: true });
  const rendered = renderPdfPages(pdf, join(PICTURES, 'pptx'), 48);
  expect(rendered).toHaveLength(slides.length);
  const scores: (Similarity & { id: string })[] = [];
  for (const [index, slide] of slides.entries()) {
    const site = join(PICTURES, `${String(index + 1).padStart(2, '0')}-site.png`);
    await saveSlideScreenshot(page, index, site);
    scores.push({ id: slide.id, ...(await similarity(site, rendered[index])) });
  }
  console.log(['slide  layout  ΔE   id', ...scores.map((score, index) => `${String(index + 1).padStart(5)}  ${score.layout.toFixed(3)}  ${score.deltaE.toFixed(1).padStart(4)}  ${score.id}`)].join('\n'));
  const mean = scores.reduce((sum, score) => sum + score.layout, 0) / scores.length;
  console.log(`mean layout similarity ${mean.toFixed(3)}, mean ΔE ${(scores.reduce((sum, score) => sum + score.deltaE, 0) / scores.length).toFixed(1)}`);
  expect(scores.filter((score) => (score.layout < LAYOUT_FLOOR && !(score.id in SHIFTED)) || score.layout < 0.2 || score.deltaE > DELTA_E_CEILING)).toEqual([]);
  expect(mean).toBeGreaterThan(MEAN_LAYOUT_FLOOR);
});
