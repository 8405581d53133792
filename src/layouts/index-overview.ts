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
import { legendCss, legendText, renderLegend } from '../charts/legend.ts';
import { rankChartItem } from '../charts/rank-chart-pptx.ts';
import { renderRankTable } from '../charts/rank-table.ts';
import { rankValuesCss, renderRankValues } from '../charts/rank-values.ts';
import { defineLayout, escapeHtml, headingLevel, plainText, topLevelBlocks, type PptxContext, type PptxItem, type RenderContext, type Token } from '../deck/index.ts';
import { matchPlacements, type IndexEntry } from '../charts/match.ts';
import { TALL_SLIDES, WIDE_READING_SLIDES } from '../theme/css-tokens.ts';
import { CONTENT, em, rem, stackCentred } from './pptx-parts.ts';
import { CONTENT_WIDTH, palette, SLIDE_PADDING } from '../theme/tokens.ts';

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
    const items = topLevelBlocks(list.slice(1, -1));
    // An empty "-" line, or an item that opens with something other than its name.
    const nameless = items.find((item) => item[1]?.type !== 'paragraph_open');
    if (nameless) {
      ctx.error('wrong-structure', 'This index has no name', 'write the index\'s name after "- ", or delete the empty "-" line', nameless[0]);
      return undefined;
    }
    const entries: IndexEntry[] = items.map((item) => {
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
  // The cards with native charts from the same data file, the key and the sources under them.
  pptx: ({ data }, ctx) => {
    const heading = { size: em(0.9), color: palette.blue, bold: true, caps: true, lineHeight: 1.15 } as const;
    const footer = { size: em(0.42), color: palette.navy, lineHeight: 1.35 } as const;
    const all = data.entries.flatMap((entry) => entry.placements);
    const lines = [...(all.length > 0 ? [{ runs: [{ text: legendText(all) }], level: 0 }] : []), ...ctx.paragraphs(data.sources)];
    const cards = data.entries.map((entry) => overviewCard(entry, ctx));
    const rows = Array.from({ length: Math.ceil(cards.length / 3) }, (_, row) => Math.max(em(0.6 * 5.6), ...cards.slice(row * 3, row * 3 + 3).map((card) => card.height)));
    const gridHeight = rows.reduce((sum, height) => sum + height, 0) + (rows.length - 1) * CARD.gap;
    const heights = [ctx.textHeight([{ runs: ctx.runs(data.heading), level: 0 }], heading, CONTENT.w), gridHeight, ctx.textHeight(lines, footer, CONTENT.w)];
    const [top, gridTop, footerTop] = stackCentred(heights, [0.3 * heading.size, 0.5 * em(0.6)]);
    const frame = all.length > 0 ? frameFor(all) : null;
    return {
      title: { box: { x: CONTENT.x, y: top, w: CONTENT.w, h: heights[0] }, style: heading, runs: ctx.runs(data.heading) },
      items: [
        ...cards.flatMap((card, index) => {
          const row = Math.floor(index / 3);
          const box = { x: CONTENT.x + (index % 3) * (CARD.width + CARD.gap), y: gridTop + rows.slice(0, row).reduce((sum, height) => sum + height + CARD.gap, 0), w: CARD.width, h: rows[row] };
          return card.draw(box, frame);
        }),
        { type: 'text', box: { x: CONTENT.x, y: footerTop, w: CONTENT.w, h: heights[2] }, paragraphs: lines, style: footer },
      ],
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
       so its chart labels stay legible. The slide's width comes as a number (src/client/reading/reading-page.ts). */
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

/** A card's measures (the CSS above): 0.6em type, 0.4em 0.7em padding, a blue left edge. */
const CARD = { size: em(0.6), gap: rem(0.45), edge: rem(0.35), width: (CONTENT.w - 2 * rem(0.45)) / 3, padding: { x: 0.7 * em(0.6), y: 0.4 * em(0.6) }, chartHeight: 100 } as const;

/** One index's card: how tall it sets, and its shapes, texts and chart in a box. */
function overviewCard(entry: IndexEntry, ctx: PptxContext) {
  // The box holds the bold name and the note: the runs say which is bold.
  const name = { size: 0.85 * CARD.size, color: palette.navy, lineHeight: 1.15 } as const;
  const note = { size: 0.72 * CARD.size, color: palette.navy, lineHeight: 1.25 } as const;
  const remark = { size: 0.85 * CARD.size, color: palette.navy, lineHeight: 1.3, spaceAfter: 0.25 * name.size } as const;
  const inner = CARD.width - CARD.edge - 2 * CARD.padding.x;
  const split = splitNote(entry.name);
  const nameRuns = ctx.runs(split.name).map((run) => ({ ...run, bold: true }));
  const remarks = ctx.paragraphs(entry.remark);
  // Name and note in one box, so they read as one line of text.
  const heading = [{ runs: nameRuns, level: 0 }, ...(split.note ? [{ runs: [{ text: split.note }], level: 0, scale: note.size / name.size }] : [])];
  const heights = {
    name: ctx.textHeight(heading.slice(0, 1), name, inner),
    note: split.note ? ctx.textHeight([{ runs: [{ text: split.note }], level: 0 }], note, inner) : 0,
    chart: entry.placements.length > 0 ? CARD.chartHeight + 0.2 * CARD.size : 0,
    remark: remarks.length > 0 ? ctx.textHeight(remarks, remark, inner) + 0.25 * name.size : 0,
  };
  const height = 2 * CARD.padding.y + heights.name + heights.note + heights.chart + heights.remark;
  const draw = (box: { x: number; y: number; w: number; h: number }, frame: ReturnType<typeof frameFor> | null): PptxItem[] => {
    const x = box.x + CARD.edge + CARD.padding.x;
    const top = box.y + CARD.padding.y;
    // The chart and what follows it sit at the foot of the card, so the charts of a row line up.
    const chartTop = box.y + box.h - CARD.padding.y - heights.remark - CARD.chartHeight;
    const items: PptxItem[] = [
      { type: 'shape', shape: 'roundRect', box, fill: palette.blue, radius: rem(0.4) },
      { type: 'shape', shape: 'roundRect', box: { ...box, x: box.x + CARD.edge, w: box.w - CARD.edge }, fill: palette.blueLight, radius: rem(0.4) },
      { type: 'text', box: { x, y: top, w: inner, h: heights.name + heights.note }, paragraphs: heading, style: name },
    ];
    if (frame && entry.placements.length > 0) items.push(rankChartItem(entry.placements, frame, plainText(split.name), { x, y: chartTop, w: inner, h: CARD.chartHeight }));
    if (remarks.length > 0) {
      const remarkTop = heights.chart ? box.y + box.h - CARD.padding.y - heights.remark : top + heights.name + heights.note;
      items.push({ type: 'text', box: { x, y: remarkTop + 0.25 * name.size, w: inner, h: heights.remark }, paragraphs: remarks, style: remark });
    }
    return items;
  };
  return { height, draw };
}
