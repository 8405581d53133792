// A statement: one sentence, large, on its own slide.
//
// Usage:
//   ---
//   layout: statement
//   caps: true        # optional: show the text in capitals
//   ---
//
//   Kul att vara här!
import * as v from 'valibot';
import { defineLayout } from '../deck/index.ts';
import { readTextBlock } from './text-block.ts';
import { palette, SLIDE } from '../theme/tokens.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';
import { accentBar, CH, em, rem, stackCentred } from './pptx-parts.ts';

// Centred text at most 22ch wide.
const TEXT_WIDTH = 22 * CH * em(2.1);

export const statement = defineLayout({
  name: 'statement',
  props: v.strictObject({ caps: v.optional(v.boolean(), false) }),
  parse: (ctx) => readTextBlock(ctx, 'statement'),
  render: ({ props, data }, ctx) => ({
    html: `<h2 class="statement__text${props.caps ? ' statement__text--caps' : ''}">${ctx.inline(data.block)}</h2>`,
  }),
  pptx: ({ props, data }, ctx) => {
    const style = { size: em(2.1), color: palette.navy, bold: true, caps: props.caps, align: 'center', lineHeight: 1.2, balance: true } as const;
    const runs = ctx.runs(data.block);
    const height = ctx.textHeight([{ runs, level: 0 }], style, TEXT_WIDTH);
    const gap = 0.6 * em(2.1);
    const [barTop, textTop] = stackCentred([rem(0.35), height], [gap]);
    return {
      title: { box: { x: (SLIDE.width - TEXT_WIDTH) / 2, y: textTop, w: TEXT_WIDTH, h: height }, style, runs },
      items: [accentBar((SLIDE.width - rem(3.5)) / 2, barTop, rem(3.5), palette.blue)],
    };
  },
  css: /* css */ `
    .layout-statement { text-align: center; }
    .statement__text {
      max-width: 22ch;
      margin: 0 auto;
      font-size: 2.1em;
      line-height: 1.2;
      color: var(--deck-navy);
      text-wrap: balance;
    }
    .statement__text::before {
      content: "";
      display: block;
      width: 3.5rem;
      height: 0.35rem;
      margin: 0 auto 0.6em;
      border-radius: 1rem;
      background: var(--deck-blue);
    }
    .statement__text--caps { text-transform: uppercase; }
    ${TALL_SLIDES} {
      .statement__text { font-size: 1.5em; }
    }
  `,
});
