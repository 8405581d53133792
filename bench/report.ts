// The benchmark's figures as tables: ours beside a peer (the stock approach, Marp), the ratio, and the target.
import type { PictureFetch } from './run-through.ts';

export type Unit = 'ms' | 'bytes' | 'count' | 'score';

export interface Figure {
  label: string;
  unit: Unit;
  ours: number;
  /** The same figure for the peer the table compares with. */
  peer?: number;
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

export function ratio(ours: number, peer: number | undefined): string {
  if (peer === undefined || !Number.isFinite(peer) || peer === 0 || !Number.isFinite(ours)) return '';
  return `${(ours / peer).toFixed(2)}×`;
}

export function formatTable(figures: Figure[], peer: string): string {
  const rows = [
    ['figure', 'ours', peer, `ours/${peer}`, 'target'],
    ...figures.map((figure) => [
      figure.label,
      formatValue(figure.ours, figure.unit),
      formatValue(figure.peer, figure.unit),
      ratio(figure.ours, figure.peer),
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
