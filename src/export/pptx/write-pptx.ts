// The deck as an editable PowerPoint file: each layout describes its slide (Layout.pptx), and this
// draws the descriptions with pptxgenjs, one slide master per title position, then patches the XML.
import { join } from 'node:path';
import PptxGenJS from 'pptxgenjs';
import sharp from 'sharp';
import type { Box, PptxSlide, Slide } from '../../deck/index.ts';
import { palette } from '../../theme/tokens.ts';
import { slideLocation } from '../deck-slides.ts';
import { ExportError } from '../errors.ts';
import type { DocumentFacts } from '../xmp.ts';
import { drawItem, textOptions, textRuns } from './draw.ts';
import { colour, FONT, place } from './units.ts';
import { notesText } from './notes.ts';
import { patchPptx, type Patches } from './patch.ts';
import { pptxContext } from './text.ts';

export interface PptxOptions {
  /** The pictures folder (public/images). */
  imagesDir: string;
  facts: DocumentFacts;
  company: string;
}

/** Pictures are drawn at 1.5 times the slide's pixels: sharp on a projector, small in the file. */
const PICTURE_SCALE = 1.5;

export async function writePptx(slides: Slide[], options: PptxOptions): Promise<Uint8Array> {
  const ctx = pptxContext(slides);
  const described = slides.map((slide) => {
    if (!slide.layout.pptx) {
      throw new ExportError('pptx-layout', `${slideLocation(slide)}: the layout "${slide.layout.name}" has no PowerPoint renderer`, `add a pptx() step beside render() in src/layouts/${slide.layout.name}.ts`);
    }
    return slide.layout.pptx(slide, ctx);
  });

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = options.facts.title;
  pptx.author = options.facts.author;
  pptx.subject = options.facts.subject;
  pptx.company = options.company;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const patches: Patches = { gradients: new Map(), capsTitles: new Set(), markerFills: [] };
  const masters = defineMasters(pptx, slides, described, patches);
  const picture = pictureLoader(options.imagesDir);

  for (const [index, slide] of slides.entries()) {
    const description = described[index];
    const page = pptx.addSlide({ masterName: masters[index] });
    if (typeof description.background === 'string') page.background = { color: colour(description.background) };
    const drawing = { pptx, slide: page, picture, markerFills: patches.markerFills };
    for (const item of description.backdrop ?? []) await drawItem(item, drawing);
    const { title } = description;
    const titleText = textRuns([{ runs: title.runs ?? [{ text: slide.title }], level: 0 }], title.style, title.box.w);
    page.addText(titleText, { placeholder: 'title', ...textOptions(title.style) });
    if (title.style.caps) patches.capsTitles.add(index + 1);
    for (const item of description.items) await drawItem(item, drawing);
    const notes = notesText(slide.notesHtml);
    if (notes) page.addNotes(notes);
  }
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return patchPptx(bytes, patches);
}

/**
 * One slide master per place of the title (and background), named after its layout: PowerPoint's
 * outline and screen readers take a slide's title from the master's title placeholder.
 */
function defineMasters(pptx: PptxGenJS, slides: Slide[], described: PptxSlide[], patches: Patches): string[] {
  const names = new Map<string, string>();
  return described.map((description, index) => {
    const { title, background } = description;
    // A hidden title stands just above the slide: in the outline, not on the page.
    const box: Box = title.hidden ? { ...title.box, y: -title.box.h - 8 } : title.box;
    const key = JSON.stringify({ box, style: title.style, background });
    let name = names.get(key);
    if (!name) {
      const layout = slides[index].layout.name;
      name = `${layout}-${[...names.values()].filter((other) => other.startsWith(`${layout}-`)).length + 1}`;
      names.set(key, name);
      pptx.defineSlideMaster({
        title: name,
        background: { color: colour(typeof background === 'string' ? background : (background?.from ?? palette.white)) },
        objects: [{ placeholder: { options: { name: 'title', type: 'title', ...place(box), ...textOptions(title.style) } as PptxGenJS.PlaceholderProps, text: '' } }],
      });
      if (background && typeof background !== 'string') patches.gradients.set(name, background);
    }
    return name;
  });
}

/** Each picture drawn once per size, as PNG data for pptxgenjs. */
function pictureLoader(imagesDir: string): (name: string, box: Box) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  return (name, box) => {
    const key = `${name}@${box.w}x${box.h}`;
    let data = cache.get(key);
    if (!data) {
      const size = { width: Math.round(box.w * PICTURE_SCALE), height: Math.round(box.h * PICTURE_SCALE) };
      data = sharp(join(imagesDir, name), { density: 144 })
        .resize({ ...size, fit: 'cover' })
        .png({ compressionLevel: 9 })
        .toBuffer()
        .then((png) => `image/png;base64,${png.toString('base64')}`);
      cache.set(key, data);
    }
    return data;
  };
}

