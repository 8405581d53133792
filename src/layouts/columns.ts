// Side-by-side columns of equal width, each a heading and its points.
//
// Usage:
//   ---
//   layout: columns
//   columns: 3          # optional, 3 by default: how many "##" groups the body must have
//   ---
//
//   ## Reaktiva
//
//   - Passiv kommunledning
//
//   ## Responsiva
//   …
import * as v from 'valibot';
import { defineLayout, headingLevel, plainText, type Token } from '../deck/index.ts';
import { palette, SLIDE } from '../theme/tokens.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';
import { em, HEADING, rem, stackCentred } from './pptx-parts.ts';

/** The columns' measures (the CSS below): side padding, gap, type size, the blue top edge. */
const GRID = { side: 48, gap: rem(1), size: em(0.7), edge: rem(0.45), radius: rem(0.6) } as const;

interface Column {
  heading: Token[];
  body: Token[];
}

export const columns = defineLayout({
  name: 'columns',
  props: v.strictObject({ columns: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2, 'write 2, 3 or 4'), v.maxValue(4, 'write 2, 3 or 4')), 3) }),
  parse(ctx, props): { title: string; heading: Token[] | null; columns: Column[] } | undefined {
    const blocks = [...ctx.blocks];
    const heading = headingLevel(blocks[0]) === 1 ? (blocks.shift() as Token[]) : null;
    if (blocks.length > 0 && headingLevel(blocks[0]) !== 2) {
      ctx.error('wrong-structure', 'Each column starts with a "##" heading', 'start the column with "## Heading"', blocks[0][0]);
      return undefined;
    }
    const found: Column[] = [];
    for (const block of blocks) {
      if (headingLevel(block) === 2) found.push({ heading: block, body: [] });
      else found[found.length - 1].body.push(...block);
    }
    if (found.length !== props.columns) {
      const at = found[props.columns]?.heading[0] ?? found.at(-1)?.heading[0];
      ctx.error('wrong-column-count', `This slide has ${found.length} columns, but the layout is set to ${props.columns}`, `write exactly ${props.columns} "##" headings, or set "columns: ${found.length}"`, at);
      return undefined;
    }
    const title = heading ? plainText(heading) : found.map((column) => plainText(column.heading)).join(', ');
    return { title, heading, columns: found };
  },
  render: ({ data }, ctx) => {
    // Without a slide heading the column headings are the slide's top headings.
    const level = data.heading ? 3 : 2;
    const columnsHtml = data.columns.map(
      (column) => `<div class="columns__column">\n<h${level} class="columns__heading">${ctx.inline(column.heading)}</h${level}>\n${ctx.markdown(column.body)}</div>`,
    );
    const headingHtml = data.heading ? `<h2 class="columns__title">${ctx.inline(data.heading)}</h2>\n` : '';
    return { html: `${headingHtml}<div class="columns__grid columns__grid--${data.columns.length}">\n${columnsHtml.join('\n')}\n</div>` };
  },
  pptx: ({ data }, ctx) => {
    const count = data.columns.length;
    const width = (SLIDE.width - 2 * GRID.side - (count - 1) * GRID.gap) / count;
    const padding = { top: GRID.size, side: 0.8 * GRID.size, bottom: 0.5 * GRID.size };
    const inner = width - 2 * padding.side;
    const headingStyle = { size: 1.35 * GRID.size, color: palette.blueDeep, bold: true, caps: true, lineHeight: 1.15, letterSpacing: (4 / 100) * 1.35 * GRID.size } as const;
    const listStyle = { size: GRID.size, color: palette.navy, lineHeight: 1.3, spaceAfter: 0.6 * GRID.size } as const;
    const columns = data.columns.map((column) => {
      const headingRuns = ctx.runs(column.heading);
      const list = ctx.paragraphs(column.body);
      const headingHeight = ctx.textHeight([{ runs: headingRuns, level: 0 }], headingStyle, inner);
      return { headingRuns, list, headingHeight, listHeight: ctx.textHeight(list, listStyle, inner) };
    });
    // The grid stretches every column to the tallest.
    const height = Math.max(...columns.map((column) => GRID.edge + padding.top + column.headingHeight + 0.6 * headingStyle.size + column.listHeight + listStyle.spaceAfter + padding.bottom));
    const headingRuns = data.heading ? ctx.runs(data.heading) : [];
    const titleHeight = data.heading ? ctx.textHeight([{ runs: headingRuns, level: 0 }], HEADING, SLIDE.width - 2 * GRID.side) : 0;
    const [titleTop, top] = stackCentred([titleHeight, height], [data.heading ? 0.6 * HEADING.size : 0]);
    const xOf = (index: number) => GRID.side + index * (width + GRID.gap);
    return {
      title: { box: { x: GRID.side, y: titleTop, w: SLIDE.width - 2 * GRID.side, h: titleHeight || HEADING.size }, style: HEADING, ...(data.heading ? { runs: headingRuns } : { hidden: true }) },
      backdrop: columns.flatMap((_, index) => [
        { type: 'shape', shape: 'roundRect', box: { x: xOf(index), y: top, w: width, h: height }, fill: palette.blue, radius: GRID.radius },
        { type: 'shape', shape: 'roundRect', box: { x: xOf(index), y: top + GRID.edge, w: width, h: height - GRID.edge }, fill: palette.blueLight, radius: GRID.radius },
      ] as const),
      items: columns.flatMap((column, index) => {
        const x = xOf(index) + padding.side;
        const headingTop = top + GRID.edge + padding.top;
        const listTop = headingTop + column.headingHeight + 0.6 * headingStyle.size;
        return [
          { type: 'text', box: { x, y: headingTop, w: inner, h: column.headingHeight }, paragraphs: [{ runs: column.headingRuns, level: 0 }], style: headingStyle },
          { type: 'text', box: { x, y: listTop, w: inner, h: column.listHeight }, paragraphs: column.list, style: listStyle },
        ] as const;
      }),
    };
  },
  css: /* css */ `
    .reveal .slides section.layout-columns { padding: 0 48px; text-align: left; }
    .columns__title { font-size: 1.45em; color: var(--deck-blue); text-transform: uppercase; }
    .columns__grid {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 1rem;
      font-size: 0.7em;
    }
    .columns__grid--2 { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    .columns__grid--4 { grid-template-columns: repeat(4, minmax(0, 1fr)); }
    .columns__column {
      padding: 1em 0.8em 0.5em;
      border-top: 0.45rem solid var(--deck-blue);
      border-radius: 0.6rem;
      background: var(--deck-blue-light);
    }
    .columns__heading {
      margin: 0 0 0.6em;
      font-size: 1.35em;
      color: var(--deck-blue-deep);
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .columns__column ul { margin: 0; padding-left: 1.1em; }
    .columns__column li { margin-bottom: 0.6em; line-height: 1.3; }
    /* On the tall slides of the phone view the columns stack. */
    ${TALL_SLIDES} {
      .columns__grid,
      .columns__grid--2,
      .columns__grid--4 { grid-template-columns: minmax(0, 1fr); gap: 0.6rem; font-size: 0.72em; }
      .columns__column { padding: 0.6em 0.8em 0.2em; }
      .columns__column li { margin-bottom: 0.3em; }
    }
  `,
});
