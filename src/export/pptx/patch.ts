// What pptxgenjs cannot say, written into its OOXML afterwards with JSZip: a gradient background,
// the language everywhere, capitals that keep the text's case, marker fills, the font's family.
import JSZip from 'jszip';
import type { Gradient } from '../../deck/index.ts';
import { palette } from '../../theme/tokens.ts';
import { RANK_LABEL_SIZE } from './chart.ts';
import { CAPS_MARK, colour, FONT, LANGUAGE, points } from './units.ts';

export interface Patches {
  /** Gradient backgrounds by slide layout (master) name. */
  gradients: Map<string, Gradient>;
  /** Slides (1-based) whose title shows in capitals. */
  capsTitles: Set<number>;
  /** Each chart's marker fill, in the order the charts were drawn. */
  markerFills: string[];
}

const SHAPE = /<p:sp>(?:(?!<\/p:sp>).)*<\/p:sp>/gs;
// pptxgenjs writes attributes over several lines: `<p:ph\n\t\t idx="100"\n\t\t type="title"`.
const TITLE_PLACEHOLDER = /<p:ph\s[^>]*type="title"/;

/** DrawingML's gradient: CSS angles run clockwise from "to top", DrawingML's from "to right". */
export function gradientFill({ from, to, angle }: Gradient): string {
  const stop = (position: number, hex: string) => `<a:gs pos="${position}"><a:srgbClr val="${colour(hex)}"/></a:gs>`;
  // Two stops: LibreOffice 7.4 draws only two-colour gradients.
  return `<a:gradFill rotWithShape="1"><a:gsLst>${stop(0, from)}${stop(100000, to)}</a:gsLst><a:lin ang="${((angle - 90 + 360) % 360) * 60000}" scaled="0"/></a:gradFill>`;
}

export async function patchPptx(bytes: Uint8Array, patches: Patches): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const edit = async (name: string, change: (xml: string) => string) => zip.file(name, change(await zip.file(name)!.async('string')));
  const names = Object.keys(zip.files);

  for (const name of names.filter((file) => /^ppt\/(slides|notesSlides|slideLayouts|slideMasters|notesMasters|charts)\/[^/]+\.xml$|^ppt\/presentation\.xml$/.test(file))) {
    await edit(name, (xml) => {
      let out = languageAndFont(xml);
      const slide = /^ppt\/slides\/slide(\d+)\.xml$/.exec(name);
      if (slide) out = capitals(out, patches.capsTitles.has(Number(slide[1])));
      const chart = /^ppt\/charts\/chart(\d+)\.xml$/.exec(name);
      if (chart) out = markerFill(out, patches.markerFills[Number(chart[1]) - 1]);
      const layout = /<p:cSld name="([^"]+)"/.exec(out)?.[1];
      const gradient = name.startsWith('ppt/slideLayouts/') && layout ? patches.gradients.get(layout) : undefined;
      if (gradient) out = out.replace(/<p:bg>.*?<\/p:bg>/s, `<p:bg><p:bgPr>${gradientFill(gradient)}<a:effectLst/></p:bgPr></p:bg>`);
      return out;
    });
  }
  await edit('docProps/core.xml', (xml) => (xml.includes('<dc:language>') ? xml : xml.replace('</cp:coreProperties>', `<dc:language>${LANGUAGE}</dc:language></cp:coreProperties>`)));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Swedish wherever pptxgenjs wrote its default; a sans-serif family hint so PowerPoint without Inter picks a sans font. */
function languageAndFont(xml: string): string {
  return xml
    .replace(/ lang="en-US"/g, ` lang="${LANGUAGE}"`)
    .replace(/<a:latin typeface="Inter"[^/]*\/>/g, '<a:latin typeface="Inter" pitchFamily="34" charset="0"/>');
}

/** cap="all" on the runs of shapes marked for it (and of the title, when asked); the mark leaves the name. */
function capitals(xml: string, capsTitle: boolean): string {
  return xml.replace(SHAPE, (shape) => {
    const marked = shape.includes(`${CAPS_MARK}"`);
    if (!marked && !(capsTitle && TITLE_PLACEHOLDER.test(shape))) return shape;
    return shape.replaceAll(CAPS_MARK, '').replace(/<a:rPr /g, '<a:rPr cap="all" ');
  });
}

/**
 * A marker's fill: white for hollow points (ranks we calculated), the line's blue otherwise. And the
 * points' own labels ("16/193") in the labels' type, on one line: pptxgenjs leaves their runs bare.
 */
function markerFill(xml: string, fill: string | undefined): string {
  if (!fill) return xml;
  return xml
    .replace(/(<c:marker>.*?<c:spPr>)<a:solidFill>.*?<\/a:solidFill>/gs, `$1<a:solidFill><a:srgbClr val="${colour(fill)}"/></a:solidFill>`)
    .replace(/<a:bodyPr>(\s*<a:spAutoFit\/>\s*<\/a:bodyPr>)/g, '<a:bodyPr wrap="none">$1')
    .replace(/<a:rPr lang="([^"]+)" dirty="0"\/>/g, `<a:rPr lang="$1" sz="${Math.round(points(RANK_LABEL_SIZE) * 100)}" b="1" dirty="0"><a:solidFill><a:srgbClr val="${colour(palette.navy)}"/></a:solidFill><a:latin typeface="${FONT}"/></a:rPr>`);
}
