// An overview of international indices: a heading and one list, an index per item, each with an
// optional remark and, from a data file, a small chart of Sweden's placements; then a source line.
//
// Usage:
//   ---
//   layout: index-overview
//   data: placeringar.yaml   # optional: a file in slides/data/, one entry per index and year
//   nameLang: en             # optional: the language of the index names (a trailing "(…)" stays Swedish)
//   ---
//
//   # Översikt över Sveriges placeringar 2012–2016
//
//   - eGovernment benchmark
//
//     Ej konstruerad för ranking.
//
//   - Online Service Index (delindex från EGDI)
//
//   Källor: FN:s E-Government Survey, …   (optional paragraphs after the list: the source line)
import * as v from 'valibot';
import { readPlacements } from '../charts/placements.ts';
import { frameFor, rankChartCss, renderRankChart } from '../charts/rank-chart.ts';
import { legendCss, renderLegend } from '../charts/legend.ts';
import { renderRankTable } from '../charts/rank-table.ts';
import { rankValuesCss, renderRankValues } from '../charts/rank-values.ts';
import { defineLayout, escapeHtml, headingLevel, plainText, topLevelBlocks, type RenderContext, type Token } from '../deck/index.ts';
import { matchPlacements, type IndexEntry } from '../charts/match.ts';
import { TALL_SLIDES, WIDE_READING_SLIDES } from '../theme/css-tokens.ts';
import { CONTENT_WIDTH, SLIDE_PADDING } from '../theme/tokens.ts';

/** How much larger the overview grows on the reading view's wide slides, at most. */
export const MAX_OVERVIEW_ZOOM = 1.35;

export const indexOverview = defineLayout({
  name: 'index-overview',
  props: v.strictObject({
    data: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]+\.ya?ml$/, 'name a .yaml file in slides/data/, e.g. "placeringar.yaml"'))),
    nameLang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'write a language code such as "en"'))),
  }),
  parse(ctx, props): { title: string; heading: Token[]; entries: IndexEntry[]; sources: Token[] } | undefined {
    const [heading, list, ...after] = ctx.blocks;
    const stray = after.find((block) => block[0].type !== 'paragraph_open');
    if (headingLevel(heading) === 0 || list?.[0].type !== 'bullet_list_open' || stray) {
      ctx.error('wrong-structure', 'An index overview holds a heading, one bulleted list of indices and an optional source line', 'write "# Heading", a blank line, a "- Index name" line per index, then the sources as a paragraph', (stray ?? list ?? heading)[0]);
      return undefined;
    }
    const entries: IndexEntry[] = topLevelBlocks(list.slice(1, -1)).map((item) => {
      const [name, ...remark] = topLevelBlocks(item.slice(1, -1));
      return { name, remark: remark.flat(), placements: [] };
    });
    if (props.data) {
      const file = ctx.readData(props.data, ctx.valueAt('data'));
      if (file) {
        const { placements, errors } = readPlacements(file);
        for (const error of [...errors, ...matchPlacements(placements, entries)]) ctx.error(error.code, error.message, error.hint, error.at);
      }
    }
    return { title: plainText(heading), heading, entries, sources: after.flat() };
  },
  render: ({ props, data }, ctx) => {
    const all = data.entries.flatMap((entry) => entry.placements);
    const frame = all.length > 0 ? frameFor(all) : null;
    const cards = data.entries.map((entry) => {
      const { name, note } = renderName(entry.name, props.nameLang, ctx);
      const chart = frame && entry.placements.length > 0 ? [renderRankChart(entry.placements, frame), renderRankValues(entry.placements), renderRankTable(entry.placements, note ? `${name} ${note}` : name), ''].join('\n') : '';
      const remark = entry.remark.length > 0 ? `<div class="index-overview__remark">${ctx.markdown(entry.remark)}</div>` : '';
      const kind = chart ? 'chart' : 'text';
      const noteHtml = note ? `<p class="index-overview__note">${note}</p>\n` : '';
      return `<li class="index-overview__card index-overview__card--${kind}">\n<h3 class="index-overview__name">${name}</h3>\n${noteHtml}${chart}${remark}</li>`;
    });
    const legend = frame ? renderLegend(all) : '';
    const sources = data.sources.length > 0 ? `<div class="index-overview__sources">${ctx.markdown(data.sources)}</div>` : '';
    const footer = legend || sources ? `\n<footer class="index-overview__footer">\n${legend}${sources}</footer>` : '';
    return {
      html: `<h2 class="index-overview__heading">${ctx.inline(data.heading)}</h2>\n<ul class="index-overview__grid">\n${cards.join('\n')}\n</ul>${footer}`,
    };
  },
  css: /* css */ `
    .layout-index-overview { text-align: left; }
    .index-overview__heading { margin-bottom: 0.3em; font-size: 0.9em; color: var(--deck-blue); text-transform: uppercase; }
    .index-overview__grid {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.45rem;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.6em;
    }
    .index-overview__card {
      display: flex;
      flex-direction: column;
      min-height: 5.6em;
      padding: 0.4em 0.7em;
      border-left: 0.35rem solid var(--deck-blue);
      border-radius: 0.4rem;
      background: var(--deck-blue-light);
    }
    .index-overview__name { margin: 0; font-size: 0.85em; color: var(--deck-navy); text-transform: none; }
    .index-overview__note { margin: 0; font-size: 0.72em; line-height: 1.25; }
    /* Charts sit at the foot of their cards, so those in a row line up whatever the names' lengths. */
    .index-overview__card .rank-chart { margin-top: auto; }
    .index-overview__remark { font-size: 0.85em; }
    .index-overview__remark p { margin: 0.25em 0 0; line-height: 1.3; }
    .index-overview__footer { margin-top: 0.5em; font-size: 0.42em; line-height: 1.35; color: var(--deck-ink); }
    .index-overview__footer p { margin: 0.15em 0 0; }
    ${rankChartCss}
    ${rankValuesCss}
    ${legendCss}
    /* The reading view on a computer has slides wider than 1280 with text at reading size
       (src/client/reading/reading-size.ts): there the overview grows into the room, up to a third larger,
       so its chart labels stay legible. The slide's width comes as a number (reading-view.ts). */
    ${WIDE_READING_SLIDES} {
      .layout-index-overview > * { zoom: clamp(1, (var(--deck-view-slide-width-number, 0) - ${2 * SLIDE_PADDING}) / ${CONTENT_WIDTH}, ${MAX_OVERVIEW_ZOOM}); }
    }
    /* On the tall slides of the phone view: one column, each index's values as a line of text (see
       rank-values.ts), no type smaller than the grid's 0.66em (12 px on a 390 px phone). */
    ${TALL_SLIDES} {
      .index-overview__heading { margin-bottom: 0.2em; font-size: 0.75em; }
      .index-overview__grid { grid-template-columns: minmax(0, 1fr); gap: 0.2rem; font-size: 0.66em; line-height: 1.2; }
      .index-overview__card { min-height: 0; padding: 0.2em 0.5em; }
      .index-overview__name, .index-overview__note, .index-overview__remark, .rank-values { font-size: 1em; }
      /* Name and note share a line; a flex card would set them on a line each. */
      .index-overview__card { display: block; }
      .index-overview__name, .index-overview__note { display: inline; }
      .index-overview__remark p { margin: 0; line-height: 1.2; }
      .index-overview__footer { margin-top: 0.3em; font-size: 0.66em; line-height: 1.2; }
      .index-overview__footer p { margin: 0; }
    }
  `,
});

/** The index's name, marked with its language when set, and apart from it a trailing "(…)" note, which is Swedish. */
function renderName(block: Token[], lang: string | undefined, ctx: RenderContext): { name: string; note?: string } {
  const { name, note } = splitNote(block);
  const nameHtml = ctx.inline(name);
  return { name: lang ? `<span lang="${escapeHtml(lang)}">${nameHtml}</span>` : nameHtml, note: note && escapeHtml(note) };
}

/** The name's block without a "(…)" at the end of its last text, and that note. */
function splitNote(block: Token[]): { name: Token[]; note?: string } {
  const inline = block.find((token) => token.type === 'inline');
  const last = inline?.children?.at(-1);
  const match = last?.type === 'text' ? /^(.*?)\s*(\([^()]*\))$/s.exec(last.content) : null;
  if (!inline?.children || !last || !match) return { name: block };
  const copy = (token: Token, changes: Partial<Token>): Token => Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token, changes);
  const children = [...inline.children.slice(0, -1), ...(match[1] ? [copy(last, { content: match[1] })] : [])];
  return { name: block.map((token) => (token === inline ? copy(inline, { children }) : token)), note: match[2] };
}
