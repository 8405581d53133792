// A section divider: the heading of a part of the talk, white on vibrant blue.
//
// Usage:
//   ---
//   layout: section
//   id: var-star-vi          # optional: a fixed anchor, e.g. for the agenda's links
//   ---
//
//   # Var står offentlig sektor idag i digitaliseringen?
import * as v from 'valibot';
import { defineLayout } from '../deck/index.ts';
import { firstPaintBackground } from './first-paint.ts';
import { readTextBlock } from './text-block.ts';
import { palette } from '../theme/tokens.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';
import { accentBar, CH, CONTENT, em, rem, stackCentred } from './pptx-parts.ts';

export const section = defineLayout({
  name: 'section',
  props: v.strictObject({}),
  parse: (ctx) => readTextBlock(ctx, 'section'),
  render: ({ data }, ctx) => ({
    html: `<h2 class="section__heading">${ctx.inline(data.block)}</h2>`,
    attributes: { 'data-background-color': palette.blue },
  }),
  pptx: ({ data }, ctx) => {
    const style = { size: em(2.2), color: palette.white, bold: true, caps: true, lineHeight: 1.15, balance: true } as const;
    const runs = ctx.runs(data.block);
    const width = Math.min(CONTENT.w, 24 * CH * style.size);
    const height = ctx.textHeight([{ runs, level: 0 }], style, width);
    const [barTop, textTop] = stackCentred([rem(0.35), height], [0.5 * style.size]);
    return {
      background: palette.blue,
      title: { box: { x: CONTENT.x, y: textTop, w: width, h: height }, style, runs },
      items: [accentBar(CONTENT.x, barTop, rem(4), palette.white)],
    };
  },
  css: /* css */ `
    ${firstPaintBackground('section', `background-color: ${palette.blue};`)}
    .layout-section { text-align: left; }
    .section__heading {
      max-width: 24ch;
      font-size: 2.2em;
      line-height: 1.15;
      color: var(--deck-white);
      text-transform: uppercase;
      text-wrap: balance;
    }
    .section__heading::before {
      content: "";
      display: block;
      width: 4rem;
      height: 0.35rem;
      margin-bottom: 0.5em;
      border-radius: 1rem;
      background: var(--deck-white);
    }
    ${TALL_SLIDES} {
      .section__heading { font-size: 1.6em; }
    }
  `,
});
