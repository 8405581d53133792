// The benchmark's figures as a table: ours beside the stock approach, the ratio, and the target.
import type { PictureFetch } from './run-through.ts';

export type Unit = 'ms' | 'bytes' | 'count' | 'score';

export interface Figure {
  label: string;
  unit: Unit;
  ours: number;
  stock?: number;
  /** The goal in words, and whether the figure meets it. */
  target?: { text: string; met: boolean };
}

export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '—';
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
  if (unit === 'bytes') return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'score') return value.toFixed(3);
  return String(Math.round(value));
}

export function ratio(ours: number, stock: number | undefined): string {
  if (stock === undefined || !Number.isFinite(stock) || stock === 0 || !Number.isFinite(ours)) return '';
  return `${(ours / stock).toFixed(2)}×`;
}

export function formatTable(figures: Figure[]): string {
  const rows = [
    ['figure', 'ours', 'stock', 'ours/stock', 'target'],
    ...figures.map((figure) => [
      figure.label,
      formatValue(figure.ours, figure.unit),
      formatValue(figure.stock, figure.unit),
      ratio(figure.ours, figure.stock),
      figure.target ? `${figure.target.met ? '✓' : '✗'} ${figure.target.text}` : '',
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  return [line(rows[0]), line(widths.map((width) => '─'.repeat(width))), ...rows.slice(1).map(line)].join('\n');
}

/** When each picture was fetched: at start (on the first slide) or as its slide came near. */
export function formatPictures(name: string, pictures: PictureFetch[], viewDistance: number): string {
  const lines = pictures.map((picture) => {
    const ahead = picture.forSlide - picture.onSlide;
    const when = `${ahead} ahead${ahead > viewDistance ? `, beyond viewDistance ${viewDistance}` : ''}`;
    return `  ${formatValue(picture.sentAt, 'ms').padStart(8)}  on slide ${String(picture.onSlide).padStart(2)}  ${picture.file} (slide ${picture.forSlide}, ${when})`;
  });
  return [`Pictures, ${name} (when fetched, the slide shown then, the picture's own slide):`, ...(lines.length ? lines : ['  none'])].join('\n');
}
