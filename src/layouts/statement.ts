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
import { TALL_SLIDES } from '../theme/css-tokens.ts';

export const statement = defineLayout({
  name: 'statement',
  props: v.strictObject({ caps: v.optional(v.boolean(), false) }),
  parse: (ctx) => readTextBlock(ctx, 'statement'),
  render: ({ props, data }, ctx) => ({
    html: `<h2 class="statement__text${props.caps ? ' statement__text--caps' : ''}">${ctx.inline(data.block)}</h2>`,
  }),
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
