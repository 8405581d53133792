// The default layout: a heading and any Markdown below it (lists, paragraphs, pictures).
//
// Usage (no frontmatter needed):
//   ---
//
//   # Kort om mig
//
//   - Konsult på Ramböll Management Consulting
//   - …
import * as v from 'valibot';
import { defineLayout, headingLevel, plainText, shiftHeadings, type Token } from '../deck/index.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';

export const content = defineLayout({
  name: 'content',
  props: v.strictObject({}),
  parse(ctx): { title: string; tokens: Token[] } {
    const heading = ctx.blocks.find((block) => headingLevel(block) > 0);
    return { title: plainText(heading ?? ctx.blocks[0]), tokens: ctx.blocks.flat() };
  },
  render: ({ data }, ctx) => ({ html: ctx.markdown(shiftHeadings(data.tokens, 1)) }),
  css: /* css */ `
    .layout-content { text-align: left; }
    .layout-content h2 {
      margin-bottom: 0.6em;
      font-size: 1.45em;
      color: var(--deck-blue);
      text-transform: uppercase;
      text-wrap: balance;
    }
    .layout-content h3 {
      font-size: 1em;
      color: var(--deck-navy);
    }
    .layout-content ul { margin: 0; }
    .layout-content li + li { margin-top: 0.25em; }
    .layout-content li ul { margin-top: 0.25em; font-size: 0.85em; }
    ${TALL_SLIDES} {
      .layout-content h2 { font-size: 1.2em; }
    }
  `,
});
