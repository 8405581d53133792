// The key under the charts: what a filled and a hollow point mean, how to read a label.
import type { Placement } from './placements.ts';
import { words } from './words.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';

/** A point as the charts draw it, small enough to stand in a line of text; `label` names it for screen readers. */
export function renderPointKey(basis: Placement['basis'], label?: string): string {
  const svg = `<svg class="rank-chart__key" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><circle class="rank-chart__point rank-chart__point--${basis}" cx="7" cy="7" r="5"/></svg>`;
  // Named by hidden text, not as an image, so a printed PDF does not take it for a figure.
  return label ? `${svg}<span class="visually-hidden">${label}:</span>` : svg;
}

/** Only the parts the charts use: no hollow point, no word about it. */
export function renderLegend(placements: readonly Placement[]): string {
  const bases = new Set(placements.map((placement) => placement.basis));
  const parts = [
    bases.has('published') && `${renderPointKey('published', words.filledPoint)} ${words.legendPublished}`,
    bases.has('calculated') && `${renderPointKey('calculated', words.hollowPoint)} ${words.legendCalculated}`,
    `<span class="rank-legend__axis">${words.legendAxis}</span>`,
    placements.some((placement) => placement.of === null) && words.legendUnknownCount,
  ].filter(Boolean);
  return `<p class="index-overview__legend">${parts.map((part) => `<span class="rank-legend__part">${part}</span>`).join(' ')}</p>\n`;
}

/** The same key as one line of text, the points as ● and ○ (for PowerPoint). */
export function legendText(placements: readonly Placement[]): string {
  const bases = new Set(placements.map((placement) => placement.basis));
  return [
    bases.has('published') && `● ${words.legendPublished}`,
    bases.has('calculated') && `○ ${words.legendCalculated}`,
    words.legendAxis,
    placements.some((placement) => placement.of === null) && words.legendUnknownCount,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The dots between the key's parts are decoration, not text; the axis part is for the charts only. */
export const legendCss = /* css */ `
  .rank-legend__part + .rank-legend__part::before { content: "· " / ""; }
  ${TALL_SLIDES} {
    .rank-legend__part:has(.rank-legend__axis) { display: none; }
  }
`;
