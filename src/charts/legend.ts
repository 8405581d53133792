// The key under the charts: what a filled and a hollow point mean, how to read a label.
import type { Placement } from './placements.ts';
import { words } from './words.ts';

/** A point as the charts draw it, small enough to stand in a line of text. */
export function renderPointKey(basis: Placement['basis'], label: string): string {
  return `<svg class="rank-chart__key" viewBox="0 0 14 14" width="14" height="14" role="img" aria-label="${label}"><circle class="rank-chart__point rank-chart__point--${basis}" cx="7" cy="7" r="5"/></svg>`;
}

/** Only the parts the charts use: no hollow point, no word about it. */
export function renderLegend(placements: readonly Placement[]): string {
  const bases = new Set(placements.map((placement) => placement.basis));
  const parts = [
    bases.has('published') && `${renderPointKey('published', words.filledPoint)} ${words.legendPublished}`,
    bases.has('calculated') && `${renderPointKey('calculated', words.hollowPoint)} ${words.legendCalculated}`,
    words.legendAxis,
    placements.some((placement) => placement.of === null) && words.legendUnknownCount,
  ].filter(Boolean);
  return `<p class="index-overview__legend">${parts.join(' <span aria-hidden="true">·</span> ')}</p>\n`;
}
