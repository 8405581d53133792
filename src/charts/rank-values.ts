// The placements as a line of text ("2012 16/193 ○ · 2014 28/193 ○"), which stands in for the chart on narrow slides.
import { renderPointKey } from './legend.ts';
import type { Placement } from './placements.ts';
import { rankLabel } from './rank-chart.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';

/** Hidden from assistive technology: the chart's table already gives the same values. */
export function renderRankValues(placements: readonly Placement[]): string {
  const items = [...placements]
    .sort((a, b) => a.year - b.year)
    .map((placement) => {
      return `<span class="rank-values__item">${placement.year} <b>${rankLabel(placement)}</b>${renderPointKey(placement.basis)}</span>`;
    });
  return `<p class="rank-values" aria-hidden="true">${items.join(' ')}</p>`;
}

/** Shown only where the slide is too narrow for readable charts: the phone view's tall slides. */
export const rankValuesCss = /* css */ `
  .rank-values { display: none; }
  ${TALL_SLIDES} {
    .rank-chart { display: none; }
    .rank-values { display: flex; flex-wrap: wrap; gap: 0 0.7em; margin: 0; }
    .rank-values__item { white-space: nowrap; }
    .rank-values .rank-chart__key { margin-left: 0.15em; }
  }
`;
