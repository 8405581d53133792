// An overview of international indices: a heading and one list, an index per item,
// each with an optional remark in a second paragraph.
//
// Usage:
//   ---
//   layout: index-overview
//   ---
//
//   # Översikt över Sveriges placeringar 2012–2016
//
//   - eGovernment benchmark
//
//     Ej konstruerad för ranking.
//
//   - E-participation Index
import * as v from 'valibot';
import { renderBlockInline, renderTokens } from '../deck/markdown.ts';
import { headingLevel, plainText, topLevelBlocks } from '../deck/tokens.ts';
import type { Token } from '../deck/types.ts';
import { defineLayout } from './layout.ts';

interface IndexEntry {
  name: Token[];
  remark: Token[];
}

export const indexOverview = defineLayout({
  name: 'index-overview',
  props: v.strictObject({}),
  parse(ctx): { title: string; heading: Token[]; entries: IndexEntry[] } | undefined {
    const [heading, list, extra] = ctx.blocks;
    if (headingLevel(heading) === 0 || list?.[0].type !== 'bullet_list_open' || extra) {
      ctx.error('wrong-structure', 'An index overview holds a heading and one bulleted list of indices', 'write "# Heading", a blank line, then a "- Index name" line per index', (extra ?? list ?? heading)[0]);
      return undefined;
    }
    const items = topLevelBlocks(list.slice(1, -1));
    const entries = items.map((item) => {
      const [name, ...remark] = topLevelBlocks(item.slice(1, -1));
      return { name, remark: remark.flat() };
    });
    return { title: plainText(heading), heading, entries };
  },
  render: ({ data }) => {
    const cards = data.entries.map((entry) => {
      const remark = entry.remark.length > 0 ? `<div class="index-overview__remark">${renderTokens(entry.remark)}</div>` : '';
      return `<li class="index-overview__card">\n<h3 class="index-overview__name">${renderBlockInline(entry.name)}</h3>\n${remark}</li>`;
    });
    return {
      html: `<h2 class="index-overview__heading">${renderBlockInline(data.heading)}</h2>\n<ul class="index-overview__grid">\n${cards.join('\n')}\n</ul>`,
    };
  },
  css: /* css */ `
    .layout-index-overview { text-align: left; }
    .index-overview__heading { font-size: 1.2em; color: var(--deck-blue); text-transform: uppercase; }
    .index-overview__grid {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.8rem;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.6em;
    }
    .index-overview__card {
      min-height: 5.6em;
      padding: 0.7em 0.9em;
      border-left: 0.35rem solid var(--deck-blue);
      border-radius: 0.4rem;
      background: var(--deck-blue-light);
    }
    .index-overview__name { margin: 0; font-size: 1.05em; color: var(--deck-navy); text-transform: none; }
    .index-overview__remark p { margin: 0.3em 0 0; line-height: 1.3; }
    @container slide (max-width: 900px) {
      .index-overview__grid { grid-template-columns: minmax(0, 1fr); gap: 0.4rem; font-size: 0.66em; }
      .index-overview__card { min-height: 0; padding: 0.4em 0.8em; }
    }
  `,
});
