// Draw one index's placements as a small inline SVG: years across, rank downwards (1 at the top), each point labelled.
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { escapeHtml } from '../deck/index.ts';
import { placeLabel, type LabelPlace } from './labels.ts';
import type { Placement } from './placements.ts';

/** What all the small multiples share, so they read against one another. */
export interface ChartFrame {
  years: number[];
  /** The lowest rank on the axis (the bottom). */
  maxRank: number;
}

// The drawing's own units; the SVG scales to its box, which is about this size on the slide.
const WIDTH = 340;
const HEIGHT = 100;
// Below the lowest rank there is room for a label above the years.
const MARGIN = { top: 10, right: 26, bottom: 32, left: 48 };
// The rank scale's numbers stand at the left edge, clear of the first point's label.
const TICK_X = 2;
const POINT_RADIUS = 5.5;
// Width of a label's character (16 px bold digits), to keep labels clear of the lines.
const LABEL_CHAR_WIDTH = 9.6;

/** The frame for a set of placements: every year from the first to the last, ranks down to a round number. */
export function frameFor(placements: readonly Placement[]): ChartFrame {
  const years = placements.map((placement) => placement.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const maxRank = Math.max(10, Math.ceil(Math.max(...placements.map((placement) => placement.rank)) / 10) * 10);
  return { years: Array.from({ length: last - first + 1 }, (_, i) => first + i), maxRank };
}

/** "16/193", or "10/?" when the source does not say how many were ranked. */
export function rankLabel(placement: Placement): string {
  return `${placement.rank}/${placement.of ?? '?'}`;
}

export function renderRankChart(placements: readonly Placement[], frame: ChartFrame): string {
  const x = scalePoint<number>().domain(frame.years).range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear().domain([1, frame.maxRank]).range([MARGIN.top, HEIGHT - MARGIN.bottom]);
  const points = [...placements]
    .sort((a, b) => a.year - b.year)
    .map((placement) => ({ placement, x: x(placement.year) ?? 0, y: round(y(placement.rank)), width: rankLabel(placement).length * LABEL_CHAR_WIDTH }));
  // Labels stay clear of the card's heading above and of the years below.
  const bounds = { top: MARGIN.top - 4, bottom: HEIGHT - 14 };

  const ticks = [1, frame.maxRank];
  const grid = ticks.map((rank) => `<line class="rank-chart__grid" x1="${TICK_X + 20}" x2="${WIDTH - 4}" y1="${round(y(rank))}" y2="${round(y(rank))}"/><text class="rank-chart__tick" x="${TICK_X}" y="${round(y(rank))}" dy="0.35em">${rank}</text>`);
  const years = frame.years.map((year) => `<text class="rank-chart__year" x="${x(year)}" y="${HEIGHT - 2}" text-anchor="middle">${year}</text>`);
  const path = points.length > 1 ? `<path class="rank-chart__line" d="${line<{ x: number; y: number }>((point) => point.x, (point) => point.y)(points)}"/>` : '';
  // Each label stands on a patch of the card's colour, so a grid line never runs through it.
  const places: LabelPlace[] = [];
  for (const i of points.keys()) places.push(placeLabel(points, i, bounds, places));
  const labels = points.map((point, i) => {
    const { x, top, bottom } = places[i];
    return [
      `<rect class="rank-chart__ground" x="${round(x - point.width / 2 - 2)}" y="${round(top - 2)}" width="${round(point.width + 4)}" height="${round(bottom - top + 4)}" rx="3"/>`,
      `<text class="rank-chart__label" x="${round(x)}" y="${round(bottom)}" text-anchor="middle">${escapeHtml(rankLabel(point.placement))}</text>`,
    ].join('');
  });
  const marks = points.map((point) => `<circle class="rank-chart__point rank-chart__point--${point.placement.basis}" cx="${point.x}" cy="${point.y}" r="${POINT_RADIUS}"/>`);
  return [
    `<svg class="rank-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" aria-hidden="true" focusable="false">`,
    ...grid,
    ...years,
    path,
    ...labels,
    ...marks,
    '</svg>',
  ].filter(Boolean).join('\n');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The charts' look; inline SVG takes the page's CSS, so it follows the theme's tokens. */
export const rankChartCss = /* css */ `
  .rank-chart { display: block; width: 100%; height: auto; margin-top: 0.2em; overflow: visible; }
  .rank-chart text { font-family: var(--deck-font); }
  .rank-chart__grid { stroke: var(--deck-chart-grid); stroke-width: 1; }
  .rank-chart__tick, .rank-chart__year { font-size: 13px; fill: var(--deck-chart-label); }
  .rank-chart__line { fill: none; stroke: var(--deck-blue-mid); stroke-width: 2; }
  .rank-chart__point { stroke: var(--deck-blue); stroke-width: 2.5; }
  .rank-chart__point--published { fill: var(--deck-blue); }
  .rank-chart__point--calculated { fill: var(--deck-white); }
  /* No halo stroke: the labels are placed clear of the lines, and a stroke would print each label twice into a PDF's text. */
  .rank-chart__label { font-size: 16px; font-weight: 700; fill: var(--deck-navy); }
  .rank-chart__ground { fill: var(--deck-blue-light); }
  .rank-chart__key { display: inline-block; vertical-align: -0.15em; width: 1em; height: 1em; }
`;
