// The talk's agenda: a heading and a numbered list; items may link to their section.
//
// Usage:
//   ---
//   layout: agenda
//   ---
//
//   # Jag tänkte prata om tre saker
//
//   1. [Var står offentlig sektor idag i digitaliseringen?](#/var-star-vi)
//   2. …
import * as v from 'valibot';
import { defineLayout, headingLevel, plainText, type Token } from '../deck/index.ts';
import { palette } from '../theme/tokens.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';
import { CONTENT, em, HEADING, stackCentred } from './pptx-parts.ts';

export const agenda = defineLayout({
  name: 'agenda',
  props: v.strictObject({}),
  parse(ctx): { title: string; heading: Token[]; list: Token[] } | undefined {
    const [heading, list, extra] = ctx.blocks;
    if (headingLevel(heading) === 0 || list?.[0].type !== 'ordered_list_open' || extra) {
      ctx.error('wrong-structure', 'An agenda slide holds a heading and one numbered list', 'write "# Heading", a blank line, then "1. …" lines', (extra ?? list ?? heading)[0]);
      return undefined;
    }
    return { title: plainText(heading), heading, list };
  },
  render: ({ data }, ctx) => ({
    html: `<h2 class="agenda__heading">${ctx.inline(data.heading)}</h2>\n${ctx.markdown(data.list)}`,
  }),
  // Each item a numbered circle and a text box, its link going to its section's slide.
  pptx: ({ data }, ctx) => {
    const itemStyle = { size: em(1), color: palette.navy, lineHeight: 1.3 } as const;
    const indent = 2.4 * itemStyle.size;
    const items = ctx.paragraphs(data.list).map((item) => ({ ...item, level: 0, numbered: false }));
    const headingRuns = ctx.runs(data.heading);
    const heights = [ctx.textHeight([{ runs: headingRuns, level: 0 }], HEADING, CONTENT.w), ...items.map((item) => ctx.textHeight([item], itemStyle, CONTENT.w - indent))];
    const tops = stackCentred(heights, [0.5 * HEADING.size, ...items.map(() => 0.7 * itemStyle.size)]);
    const circle = 1.6 * itemStyle.size;
    return {
      title: { box: { x: CONTENT.x, y: tops[0], w: CONTENT.w, h: heights[0] }, style: HEADING, runs: headingRuns },
      items: items.flatMap((item, index) => {
        const top = tops[index + 1];
        const circleBox = { x: CONTENT.x, y: top - 0.1 * itemStyle.size, w: circle, h: circle };
        return [
          { type: 'shape', shape: 'ellipse', box: circleBox, fill: palette.blue },
          { type: 'text', box: circleBox, paragraphs: [{ runs: [{ text: String(index + 1) }], level: 0 }], style: { ...itemStyle, color: palette.white, bold: true, align: 'center', valign: 'middle' } },
          { type: 'text', box: { x: CONTENT.x + indent, y: top, w: CONTENT.w - indent, h: heights[index + 1] }, paragraphs: [item], style: itemStyle },
        ] as const;
      }),
    };
  },
  css: /* css */ `
    .layout-agenda { text-align: left; }
    .agenda__heading {
      font-size: 1.45em;
      color: var(--deck-blue);
      text-transform: uppercase;
    }
    .layout-agenda ol {
      display: block;
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: agenda;
    }
    .layout-agenda li {
      position: relative;
      margin: 0.7em 0;
      padding-left: 2.4em;
      counter-increment: agenda;
      line-height: 1.3;
    }
    .layout-agenda li::before {
      content: counter(agenda);
      position: absolute;
      left: 0;
      top: -0.1em;
      width: 1.6em;
      height: 1.6em;
      border-radius: 50%;
      background: var(--deck-blue);
      color: var(--deck-white);
      font-weight: 700;
      text-align: center;
      line-height: 1.6em;
    }
    .layout-agenda a { color: inherit; text-decoration-color: var(--deck-blue-mid); }
    ${TALL_SLIDES} {
      .agenda__heading { font-size: 1.2em; }
    }
  `,
});
