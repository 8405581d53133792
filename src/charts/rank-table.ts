// The text alternative of a rank chart: its values as a visually hidden table.
import type { Placement } from './placements.ts';
import { words } from './words.ts';

/** `nameHtml` is the index's name, already rendered (and escaped) for the caption. */
export function renderRankTable(placements: readonly Placement[], nameHtml: string): string {
  const rows = [...placements]
    .sort((a, b) => a.year - b.year)
    .map((placement) => {
      const count = placement.of === null ? `(${words.unknownCount})` : `${words.of} ${placement.of}`;
      return `<tr><th scope="row">${placement.year}</th><td>${placement.rank} ${count}</td><td>${words.basisText[placement.basis]}</td></tr>`;
    });
  // Wrapped, because a table box does not clip its overflow: a long caption would widen the page and shrink the print.
  return [
    '<div class="visually-hidden">',
    '<table>',
    `<caption>${words.tableCaption} ${nameHtml}</caption>`,
    `<thead><tr><th scope="col">${words.year}</th><th scope="col">${words.rank}</th><th scope="col">${words.basis}</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</div>',
  ].join('\n');
}
