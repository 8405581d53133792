// The layouts' PowerPoint context: Markdown tokens as paragraphs of runs, and how tall text sets.
import type { PptxContext, Slide, TextParagraph, TextRun, TextStyle, Token } from '../../deck/index.ts';
import { BOLD, LETTERS, REGULAR } from './inter-widths.ts';

/** The context for one deck: links to slides (#/id) become links to their slide's number. */
export function pptxContext(slides: readonly Slide[]): PptxContext {
  const numberOf = new Map(slides.map((slide, index) => [slide.id, index + 1]));
  const linkTo = (href: string): TextRun['link'] => {
    const slide = href.startsWith('#/') ? numberOf.get(decodeURIComponent(href.slice(2))) : undefined;
    return slide ? { slide } : href;
  };
  return {
    paragraphs: (tokens) => readParagraphs(tokens, linkTo),
    runs: (block) => readRuns(block.find((token) => token.type === 'inline')?.children ?? [], linkTo),
    textHeight,
    textWidth: (text, style) => textWidth(text, style.size, style.bold, style.caps),
  };
}

function readParagraphs(tokens: Token[], linkTo: (href: string) => TextRun['link']): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  // The lists we are in, and whether the current item has had its first paragraph.
  const lists: { numbered: boolean; itemStarted: boolean }[] = [];
  let inHeading = false;
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') inHeading = token.type === 'heading_open';
    else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') lists.push({ numbered: token.type === 'ordered_list_open', itemStarted: false });
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') lists.pop();
    else if (token.type === 'list_item_open') lists[lists.length - 1].itemStarted = false;
    else if (token.type === 'inline') {
      const list = lists.at(-1);
      // A heading in running text is a bold line.
      const runs = readRuns(token.children ?? [], linkTo).map((run) => (inHeading ? { ...run, bold: true } : run));
      const paragraph: TextParagraph = { runs, level: Math.min(lists.length, 2) };
      if (list?.numbered) paragraph.numbered = true;
      // A second paragraph of a list item continues it, without a bullet of its own.
      if (list?.itemStarted) paragraph.continues = true;
      if (list) list.itemStarted = true;
      paragraphs.push(paragraph);
    }
  }
  return paragraphs;
}

function readRuns(children: Token[], linkTo: (href: string) => TextRun['link']): TextRun[] {
  const runs: TextRun[] = [];
  let bold = false;
  let italic = false;
  let link: TextRun['link'];
  for (const child of children) {
    if (child.type === 'strong_open' || child.type === 'strong_close') bold = child.type === 'strong_open';
    else if (child.type === 'em_open' || child.type === 'em_close') italic = child.type === 'em_open';
    else if (child.type === 'link_open') link = linkTo(String(child.attrGet('href') ?? ''));
    else if (child.type === 'link_close') link = undefined;
    // The space stays before the break, so the text reads as words (PowerPoint's outline, a search).
    else if (child.type === 'hardbreak' && runs.length > 0) Object.assign(runs[runs.length - 1], { text: `${runs[runs.length - 1].text} `, breakAfter: true });
    else if (child.type === 'text' || child.type === 'code_inline' || child.type === 'softbreak') {
      const text = child.type === 'softbreak' ? ' ' : child.content;
      runs.push({ text, ...(bold && { bold }), ...(italic && { italic }), ...(link && { link }) });
    }
  }
  return runs;
}

const widths = (table: number[]) => new Map([...LETTERS].map((letter, index) => [letter, table[index] / 1000]));
const REGULAR_WIDTHS = widths(REGULAR);
const BOLD_WIDTHS = widths(BOLD);

/** Width of a text in px, set at `size` px (a letter not in the table counts as an "n"). */
export function textWidth(text: string, size: number, bold = false, caps = false): number {
  const table = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let em = 0;
  for (const letter of caps ? text.toLocaleUpperCase('sv') : text) em += table.get(letter) ?? (table.get('n') as number);
  return em * size;
}

/** Where a paragraph's lines start in a box `width` px wide: [run, word] of each line's first word. */
function wrap(paragraph: TextParagraph, style: TextStyle, width: number): [number, number][] {
  const starts: [number, number][] = [[0, 0]];
  let used = 0;
  paragraph.runs.forEach((run, at) => {
    run.text.split(/(?<= )/).forEach((word, index) => {
      const wordWidth = textWidth(word.trimEnd(), style.size, style.bold || run.bold, style.caps);
      // Words wrap greedily, as a text box does, with 2 % to spare for kerning.
      if (used > 0 && used + wordWidth > width * 0.98) {
        starts.push([at, index]);
        used = 0;
      }
      used += textWidth(word, style.size, style.bold || run.bold, style.caps);
    });
    if (run.breakAfter && at < paragraph.runs.length - 1) {
      starts.push([at + 1, 0]);
      used = 0;
    }
  });
  return starts;
}

function lineCount(paragraph: TextParagraph, style: TextStyle, width: number): number {
  return wrap(paragraph, style, width).length;
}

/**
 * The paragraph with line breaks where CSS's text-wrap: balance would break it: the narrowest
 * width that keeps the same number of lines, wrapped greedily (a run is split where a line starts).
 */
export function balanceLines(paragraph: TextParagraph, style: TextStyle, width: number): TextParagraph {
  const lines = lineCount(paragraph, style, width);
  if (lines < 2) return paragraph;
  let [narrow, wide] = [width / lines, width];
  while (wide - narrow > 2) {
    const middle = (narrow + wide) / 2;
    if (lineCount(paragraph, style, middle) > lines) narrow = middle;
    else wide = middle;
  }
  const starts = new Set(wrap(paragraph, style, wide).slice(1).map(([run, word]) => `${run}:${word}`));
  const runs: TextRun[] = [];
  paragraph.runs.forEach((run, at) => {
    let current: TextRun = { ...run, text: '', breakAfter: false };
    run.text.split(/(?<= )/).forEach((word, index) => {
      if (starts.has(`${at}:${index}`) && (current.text || runs.length > 0)) {
        if (current.text) runs.push(current);
        runs[runs.length - 1].breakAfter = true;
        current = { ...run, text: '', breakAfter: false };
      }
      current.text += word;
    });
    if (current.text) runs.push({ ...current, breakAfter: run.breakAfter });
  });
  return { ...paragraph, runs };
}

/** How far a paragraph of this level is indented for its bullet, in px. */
export function bulletIndent(level: number, size: number): number {
  return level * size * 1.2;
}

export function textHeight(paragraphs: TextParagraph[], style: TextStyle, width: number): number {
  return paragraphs.reduce((height, paragraph, index) => {
    const size = style.size * (paragraph.scale ?? 1);
    const lines = lineCount(paragraph, { ...style, size }, width - bulletIndent(paragraph.level, style.size));
    return height + lines * size * (style.lineHeight ?? 1.2) + (index < paragraphs.length - 1 ? (style.spaceAfter ?? 0) : 0);
  }, 0);
}
