// The talk's opening slide: its name, what it is part of, and the date.
//
// Usage:
//   ---
//   layout: title
//   ---
//
//   # Den regionala digitaliseringen
//
//   Reglabs lärprojekt om digital verksamhetsutveckling
//
//   22 feb 2018
import * as v from 'valibot';
import { defineLayout, headingLevel, plainText, type Token } from '../deck/index.ts';
import { firstPaintBackground } from './first-paint.ts';
import { palette } from '../theme/tokens.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';
import { CH, CONTENT, em, stackCentred } from './pptx-parts.ts';

const GRADIENT = `linear-gradient(135deg, ${palette.navy} 0%, ${palette.blueDeep} 55%, ${palette.blue} 100%)`;

export const title = defineLayout({
  name: 'title',
  once: { reason: "as its heading is the page's only h1", hint: 'use layout: section for the title of a part of the talk' },
  props: v.strictObject({}),
  parse(ctx): { title: string; heading: Token[]; rest: Token[] } | undefined {
    const [heading, ...rest] = ctx.blocks;
    if (headingLevel(heading) !== 1) {
      ctx.error('wrong-structure', 'A title slide starts with the talk\'s name as a "#" heading', 'write the first line as "# Name of the talk"', heading[0]);
      return undefined;
    }
    return { title: plainText(heading), heading, rest: rest.flat() };
  },
  render: ({ data }, ctx) => ({
    html: [
      `<h1 class="title__heading">${ctx.inline(data.heading)}</h1>`,
      `<div class="title__meta">${ctx.markdown(data.rest)}</div>`,
    ].join('\n'),
    attributes: { 'data-background-gradient': GRADIENT },
  }),
  pptx: ({ data }, ctx) => {
    const headingStyle = { size: em(2.6), color: palette.white, bold: true, caps: true, lineHeight: 1.05, valign: 'bottom', balance: true } as const;
    const metaStyle = { size: em(1.05), color: palette.white, lineHeight: 1.35 } as const;
    const width = 16 * CH * headingStyle.size;
    const meta = ctx.paragraphs(data.rest);
    const heights = [ctx.textHeight([{ runs: ctx.runs(data.heading), level: 0 }], headingStyle, width), ...meta.map((line) => ctx.textHeight([line], metaStyle, CONTENT.w))];
    const tops = stackCentred(heights, heights.map(() => 1.2 * metaStyle.size));
    // The last line (the date) in bold capitals, as on the slide.
    const lineStyle = (last: boolean) => (last ? { ...metaStyle, bold: true, caps: true, letterSpacing: 0.06 * metaStyle.size } : metaStyle);
    return {
      background: { from: palette.navy, to: palette.blue, angle: 135 },
      title: { box: { x: CONTENT.x, y: tops[0], w: width, h: heights[0] }, style: headingStyle, runs: ctx.runs(data.heading) },
      items: meta.map((line, index) => ({ type: 'text', box: { x: CONTENT.x, y: tops[index + 1], w: CONTENT.w, h: heights[index + 1] }, paragraphs: [line], style: lineStyle(index === meta.length - 1) })),
    };
  },
  css: /* css */ `
    ${firstPaintBackground('title', `background-image: ${GRADIENT};`)}
    .layout-title { text-align: left; }
    .title__heading {
      max-width: 16ch;
      font-size: 2.6em;
      line-height: 1.05;
      color: var(--deck-white);
      text-transform: uppercase;
      text-wrap: balance;
    }
    .title__meta { color: var(--deck-white); font-size: 1.05em; }
    .title__meta p { margin: 0.3em 0; }
    .title__meta p:last-child {
      margin-top: 1.2em;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.06em;
    }
    ${TALL_SLIDES} {
      .title__heading { font-size: 1.45em; }
    }
  `,
});
