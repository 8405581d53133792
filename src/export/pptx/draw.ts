// Draw a layout's PowerPoint items with pptxgenjs: text boxes, shapes, pictures, rank charts.
import type PptxGenJS from 'pptxgenjs';
import type { Box, PptxItem, TextParagraph, TextRun, TextStyle } from '../../deck/index.ts';
import { drawRankChart, type MarkerFills } from './chart.ts';
import { balanceLines, bulletIndent } from './text.ts';
import { CAPS_MARK, colour, FONT, inches, LANGUAGE, place, points } from './units.ts';

/** The options every text box of a style shares (the title placeholder's too). */
export function textOptions(style: TextStyle): PptxGenJS.TextPropsOptions {
  return {
    fontFace: FONT,
    lang: LANGUAGE,
    fontSize: points(style.size),
    color: colour(style.color),
    bold: style.bold ?? false,
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
    margin: 0,
    // Exact line pitch, as CSS sets it: PowerPoint's multiples are of the font's own line height.
    lineSpacing: points(style.size * (style.lineHeight ?? 1.2)),
    ...(style.letterSpacing && { charSpacing: points(style.letterSpacing) }),
  };
}

/** Paragraphs as pptxgenjs text runs: paragraph settings on each run, a line break after each paragraph. */
export function textRuns(given: TextParagraph[], style: TextStyle, width: number): PptxGenJS.TextProps[] {
  const paragraphs = style.balance ? given.map((paragraph) => balanceLines(paragraph, style, width - bulletIndent(paragraph.level, style.size))) : given;
  return paragraphs.flatMap((paragraph, index) => {
    const last = index === paragraphs.length - 1;
    const shared: PptxGenJS.TextPropsOptions = {
      bullet: bulletOf(paragraph, style),
      ...(paragraph.level > 1 && { indentLevel: paragraph.level - 1 }),
      ...(!last && style.spaceAfter && { paraSpaceAfter: points(style.spaceAfter) }),
      ...(paragraph.scale && { fontSize: points(style.size * paragraph.scale), lineSpacing: points(style.size * paragraph.scale * (style.lineHeight ?? 1.2)) }),
    };
    return paragraph.runs.map((run, at) => ({
      text: run.text,
      options: {
        ...shared,
        ...runOptions(run),
        ...(at > 0 && paragraph.runs[at - 1].breakAfter && { softBreakBefore: true }),
        ...(at === paragraph.runs.length - 1 && !last && { breakLine: true }),
      },
    }));
  });
}

function bulletOf(paragraph: TextParagraph, style: TextStyle): PptxGenJS.TextPropsOptions['bullet'] {
  if (paragraph.level === 0) return false;
  const indent = points(bulletIndent(1, style.size));
  if (paragraph.numbered) return { type: 'number', indent };
  // A further paragraph of an item keeps its indent, with an invisible bullet (a zero-width space).
  if (paragraph.continues) return { characterCode: '200B', indent };
  return paragraph.level > 1 ? { characterCode: '25E6', indent } : { indent };
}

function runOptions(run: TextRun): PptxGenJS.TextPropsOptions {
  const link = run.link && (typeof run.link === 'string' ? { url: run.link } : { slide: run.link.slide });
  return { ...(run.bold !== undefined && { bold: run.bold }), ...(run.italic && { italic: true }), ...(link && { hyperlink: link }) };
}

export interface Drawing {
  pptx: PptxGenJS;
  slide: PptxGenJS.Slide;
  /** A picture from the pictures folder as PNG data, drawn to fill its box. */
  picture(name: string, box: Box): Promise<string>;
  markerFills: MarkerFills;
}

export async function drawItem(item: PptxItem, { pptx, slide, picture, markerFills }: Drawing): Promise<void> {
  switch (item.type) {
    case 'text':
      slide.addText(textRuns(item.paragraphs, item.style, item.box.w), {
        ...place(item.box),
        ...textOptions(item.style),
        ...(item.style.caps && { objectName: `Text${CAPS_MARK}` }),
      });
      return;
    case 'shape':
      slide.addShape(item.shape === 'roundRect' ? pptx.ShapeType.roundRect : item.shape === 'ellipse' ? pptx.ShapeType.ellipse : pptx.ShapeType.rect, {
        ...place(item.box),
        fill: { color: colour(item.fill), ...(item.opacity !== undefined && item.opacity < 1 && { transparency: Math.round((1 - item.opacity) * 100) }) },
        line: { type: 'none' },
        ...(item.radius && { rectRadius: inches(item.radius) }),
      });
      return;
    case 'picture':
      slide.addImage({ ...place(item.box), data: await picture(item.image, item.box), altText: item.alt });
      return;
    case 'rank-chart':
      drawRankChart(pptx, slide, item, markerFills);
      return;
  }
}
