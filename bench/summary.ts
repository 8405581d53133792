// The figures the benchmark prints: medians over the runs, each with its target where the issue sets one.
import type { FolderSize } from './files.ts';
import { median } from './files.ts';
import type { Pair, Run } from './measure.ts';
import type { LoadFigures } from './page-load.ts';
import type { Figure } from './report.ts';
import type { RunThroughFigures } from './run-through.ts';

/** reveal.js's default viewDistance: how many slides ahead it loads. */
export const VIEW_DISTANCE = 3;
const KB = 1024;

export interface Measurements {
  runs: Run[];
  walk: Pair<RunThroughFigures>;
  edits: Pair<number[]>;
  sizes: Pair<FolderSize>;
  plugins: Pair<string[]>;
}

export function summarise({ runs, walk, edits, sizes, plugins }: Measurements): Figure[] {
  const of = (pick: (run: Run) => Pair<number>) => ({ ours: median(runs.map((run) => pick(run).ours)), stock: median(runs.map((run) => pick(run).stock)) });
  const load = (profile: 'plain' | 'throttled', key: keyof LoadFigures) => of((run) => ({ ours: run[profile].ours[key], stock: run[profile].stock[key] }));
  const lcpThrottled = load('throttled', 'lcpMs');
  const bytesBeforePaint = load('throttled', 'bytesBeforePaint');
  const script = load('plain', 'scriptBytes');
  const edit = { ours: median(edits.ours), stock: median(edits.stock) };
  const early = (figures: RunThroughFigures) => figures.pictures.filter((picture) => picture.onSlide === 1 && picture.forSlide - 1 > VIEW_DISTANCE).length;
  return [
    { label: 'build time', unit: 'ms', ...of((run) => run.buildMs) },
    { label: 'dist/ size, all files', unit: 'bytes', ours: sizes.ours.bytes, stock: sizes.stock.bytes },
    { label: 'dist/ size, gzip', unit: 'bytes', ours: sizes.ours.gzipBytes, stock: sizes.stock.gzipBytes },
    { label: 'requests before first paint (throttled)', unit: 'count', ...load('throttled', 'requestsBeforePaint') },
    { label: 'bytes before first paint (throttled)', unit: 'bytes', ...bytesBeforePaint, target: { text: '≤ 30 KB', met: bytesBeforePaint.ours <= 30 * KB } },
    { label: 'FCP, plain', unit: 'ms', ...load('plain', 'fcpMs') },
    { label: 'LCP, plain', unit: 'ms', ...load('plain', 'lcpMs') },
    { label: 'FCP, throttled', unit: 'ms', ...load('throttled', 'fcpMs') },
    {
      label: 'LCP, throttled (first slide visible)',
      unit: 'ms',
      ...lcpThrottled,
      target: { text: '≤ 0.15× stock and < 500 ms', met: lcpThrottled.ours <= 0.15 * lcpThrottled.stock && lcpThrottled.ours < 500 },
    },
    { label: 'deck ready (reveal), throttled', unit: 'ms', ...load('throttled', 'readyMs') },
    { label: 'audience JS (gzip, on the wire)', unit: 'bytes', ...script, target: { text: '≤ 50 KB', met: script.ours <= 50 * KB } },
    { label: 'reveal.js plugins shipped', unit: 'count', ours: plugins.ours.length, stock: plugins.stock.length, target: { text: 'no unused one (ours uses none)', met: plugins.ours.length === 0 } },
    { label: 'bytes, full run-through', unit: 'bytes', ours: walk.ours.bytes, stock: walk.stock.bytes },
    { label: 'bytes at start (ready, quiet)', unit: 'bytes', ours: walk.ours.bytesAtStart, stock: walk.stock.bytesAtStart },
    {
      label: `pictures fetched at start beyond viewDistance ${VIEW_DISTANCE}`,
      unit: 'count',
      ours: early(walk.ours),
      stock: early(walk.stock),
      target: { text: 'none: only near slides', met: early(walk.ours) === 0 },
    },
    { label: 'PDF export time', unit: 'ms', ...of((run) => ({ ours: run.pdf.ours.ms, stock: run.pdf.stock.ms })) },
    { label: 'PDF size', unit: 'bytes', ...of((run) => ({ ours: run.pdf.ours.bytes, stock: run.pdf.stock.bytes })) },
    { label: 'dev: save → visible', unit: 'ms', ...edit, target: { text: '< 300 ms', met: edit.ours < 300 } },
  ];
}
