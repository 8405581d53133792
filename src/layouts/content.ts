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
import { defineLayout, headingLevel, plainText, shiftHeadings, topLevelBlocks, type Token } from '../deck/index.ts';
import { palette } from '../theme/tokens.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';
import { CONTENT, em, HEADING, stackCentred } from './pptx-parts.ts';

export const content = defineLayout({
  name: 'content',
  props: v.strictObject({}),
  parse(ctx): { title: string; tokens: Token[] } {
    const heading = ctx.blocks.find((block) => headingLevel(block) > 0);
    return { title: plainText(heading ?? ctx.blocks[0]), tokens: ctx.blocks.flat() };
  },
  render: ({ data }, ctx) => ({ html: ctx.markdown(shiftHeadings(data.tokens, 1)) }),
  pptx: ({ data }, ctx) => {
    const [first, ...rest] = topLevelBlocks(data.tokens);
    const heading = headingLevel(first) > 0 ? first : null;
    // Headings inside the body are bold lines; a nested list is set at 0.85 of the size, as on screen.
    const body = ctx.paragraphs((heading ? rest : [first, ...rest]).flat()).map((paragraph) => (paragraph.level > 1 ? { ...paragraph, scale: 0.85 } : paragraph));
    const bodyStyle = { size: em(1), color: palette.navy, lineHeight: 1.35, spaceAfter: 0.25 * em(1) } as const;
    const headingRuns = heading ? ctx.runs(heading) : [];
    const heights = [heading ? ctx.textHeight([{ runs: headingRuns, level: 0 }], HEADING, CONTENT.w) : 0, ctx.textHeight(body, bodyStyle, CONTENT.w)];
    const [top, bodyTop] = stackCentred(heights, [heading ? 0.6 * HEADING.size : 0]);
    return {
      title: { box: { x: CONTENT.x, y: top, w: CONTENT.w, h: heights[0] }, style: HEADING, ...(heading ? { runs: headingRuns } : { hidden: true }) },
      items: [{ type: 'text', box: { x: CONTENT.x, y: bodyTop, w: CONTENT.w, h: heights[1] }, paragraphs: body, style: bodyStyle }],
    };
  },
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
