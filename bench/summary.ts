// The figures the benchmark prints: medians over the runs, each with its target where the issue sets one.
import type { FolderSize } from './files.ts';
import { median } from './files.ts';
import type { LighthouseFigures } from './lighthouse.ts';
import type { Pair, Run, Versus } from './measure.ts';
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
  const of = (pick: (run: Run) => Pair<number>) => ({ ours: median(runs.map((run) => pick(run).ours)), peer: median(runs.map((run) => pick(run).stock)) });
  const load = (profile: 'plain' | 'throttled', key: keyof LoadFigures) => of((run) => ({ ours: run[profile].ours[key], stock: run[profile].stock[key] }));
  const lcpThrottled = load('throttled', 'lcpMs');
  const bytesBeforePaint = load('throttled', 'bytesBeforePaint');
  const script = load('plain', 'scriptBytes');
  const edit = { ours: median(edits.ours), peer: median(edits.stock) };
  const early = (figures: RunThroughFigures) => figures.pictures.filter((picture) => picture.onSlide === 1 && picture.forSlide - 1 > VIEW_DISTANCE).length;
  return [
    { label: 'build time', unit: 'ms', ...of((run) => run.buildMs) },
    { label: 'dist/ size, all files', unit: 'bytes', ours: sizes.ours.bytes, peer: sizes.stock.bytes },
    { label: 'dist/ size, gzip', unit: 'bytes', ours: sizes.ours.gzipBytes, peer: sizes.stock.gzipBytes },
    { label: 'requests before first paint (throttled)', unit: 'count', ...load('throttled', 'requestsBeforePaint') },
    { label: 'bytes before first paint (throttled)', unit: 'bytes', ...bytesBeforePaint, target: { text: '≤ 30 KB', met: bytesBeforePaint.ours <= 30 * KB } },
    { label: 'FCP, plain', unit: 'ms', ...load('plain', 'fcpMs') },
    { label: 'LCP, plain', unit: 'ms', ...load('plain', 'lcpMs') },
    { label: 'FCP, throttled', unit: 'ms', ...load('throttled', 'fcpMs') },
    {
      label: 'LCP, throttled (first slide visible)',
      unit: 'ms',
      ...lcpThrottled,
      target: { text: '≤ 0.15× stock and < 500 ms', met: lcpThrottled.ours <= 0.15 * lcpThrottled.peer && lcpThrottled.ours < 500 },
    },
    { label: 'deck ready (reveal), throttled', unit: 'ms', ...load('throttled', 'readyMs') },
    { label: 'audience JS (gzip, on the wire)', unit: 'bytes', ...script, target: { text: '≤ 50 KB', met: script.ours <= 50 * KB } },
    { label: 'reveal.js plugins shipped', unit: 'count', ours: plugins.ours.length, peer: plugins.stock.length, target: { text: 'no unused one (ours uses none)', met: plugins.ours.length === 0 } },
    { label: 'bytes, full run-through', unit: 'bytes', ours: walk.ours.bytes, peer: walk.stock.bytes },
    { label: 'bytes at start (ready, quiet)', unit: 'bytes', ours: walk.ours.bytesAtStart, peer: walk.stock.bytesAtStart },
    {
      label: `pictures fetched at start beyond viewDistance ${VIEW_DISTANCE}`,
      unit: 'count',
      ours: early(walk.ours),
      peer: early(walk.stock),
      target: { text: 'none: only near slides', met: early(walk.ours) === 0 },
    },
    { label: 'PDF export time', unit: 'ms', ...of((run) => ({ ours: run.pdf.ours.ms, stock: run.pdf.stock.ms })) },
    { label: 'PDF size', unit: 'bytes', ...of((run) => ({ ours: run.pdf.ours.bytes, stock: run.pdf.stock.bytes })) },
    { label: 'dev: save → visible', unit: 'ms', ...edit, target: { text: '< 300 ms', met: edit.ours < 300 } },
  ];
}

/** Issue 17's targets, against Marp's page of the same talk. */
export interface AgainstMarp {
  runs: Run[];
  lighthouse: Versus<LighthouseFigures>;
  /** Marp making its HTML page of the talk (once a benchmark, bench/marp-site.ts). */
  marpBuildMs: number;
}

/** Build time when issue 17 was filed (three Vite builds and a Chromium), to be at least halved. */
const BUILD_MS_WHEN_FILED = 11_000;

export function summariseAgainstMarp({ runs, lighthouse, marpBuildMs }: AgainstMarp): Figure[] {
  const load = (profile: keyof Run['marp'], key: keyof LoadFigures) => ({
    ours: median(runs.map((run) => run.marp[profile].ours[key])),
    peer: median(runs.map((run) => run.marp[profile].marp[key])),
  });
  const ownFont = load('throttled', 'ownFontMs');
  const shift = { desktop: load('throttled', 'layoutShift'), phone: load('phone', 'layoutShift') };
  const requests = { desktop: load('throttled', 'requests'), phone: load('phone', 'requests') };
  const bytes = { desktop: load('throttled', 'bytes'), phone: load('phone', 'bytes') };
  const buildMs = median(runs.map((run) => run.buildMs.ours));
  const score = (key: keyof LighthouseFigures) => ({ ours: lighthouse.ours[key], peer: lighthouse.marp[key] });
  const all100 = (['accessibility', 'bestPractices', 'seo'] as const).every((key) => lighthouse.ours[key] === 100);
  return [
    { label: 'first paint (FCP), throttled', unit: 'ms', ...load('throttled', 'fcpMs') },
    { label: 'web fonts in, throttled', unit: 'ms', ...load('throttled', 'fontsReadyMs') },
    { label: 'first slide in its own font, throttled', unit: 'ms', ...ownFont, target: { text: '≤ 0.8× Marp', met: ownFont.ours <= 0.8 * ownFont.peer } },
    { label: 'layout shift, 1280×720, throttled', unit: 'score', ...shift.desktop, target: { text: '< 0.01', met: shift.desktop.ours < 0.01 } },
    { label: 'layout shift, phone 412×823, throttled', unit: 'score', ...shift.phone, target: { text: '< 0.01', met: shift.phone.ours < 0.01 } },
    { label: 'blocking time (long tasks), 1280×720, throttled', unit: 'ms', ...load('throttled', 'blockingMs') },
    { label: 'blocking time (long tasks), phone, throttled', unit: 'ms', ...load('phone', 'blockingMs') },
    // The slide show on a computer needs reveal.js; the phone's reading view does not.
    { label: 'first load, 1280×720: requests (ready and quiet)', unit: 'count', ...requests.desktop, target: { text: '≤ 6', met: requests.desktop.ours <= 6 } },
    { label: 'first load, 1280×720: bytes on the wire', unit: 'bytes', ...bytes.desktop, target: { text: '≤ 60 KB', met: bytes.desktop.ours <= 60 * KB } },
    { label: 'first load, phone: requests (ready and quiet)', unit: 'count', ...requests.phone, target: { text: '≤ 6', met: requests.phone.ours <= 6 } },
    { label: 'first load, phone: bytes on the wire', unit: 'bytes', ...bytes.phone, target: { text: '≤ 60 KB', met: bytes.phone.ours <= 60 * KB } },
    { label: 'Lighthouse mobile: performance', unit: 'count', ...score('performance'), target: { text: '≥ Marp', met: lighthouse.ours.performance >= lighthouse.marp.performance } },
    { label: 'Lighthouse mobile: total blocking time', unit: 'ms', ...score('blockingMs'), target: { text: '< 150 ms', met: lighthouse.ours.blockingMs < 150 } },
    { label: 'Lighthouse mobile: layout shift', unit: 'score', ...score('layoutShift') },
    { label: 'Lighthouse mobile: LCP', unit: 'ms', ...score('lcpMs') },
    { label: 'Lighthouse: accessibility', unit: 'count', ...score('accessibility'), target: { text: 'all three 100', met: all100 } },
    { label: 'Lighthouse: best practices', unit: 'count', ...score('bestPractices') },
    { label: 'Lighthouse: SEO', unit: 'count', ...score('seo') },
    { label: 'npm run build (marp: its HTML)', unit: 'ms', ours: buildMs, peer: marpBuildMs, target: { text: `≤ ${BUILD_MS_WHEN_FILED / 2000} s (half of when filed)`, met: buildMs <= BUILD_MS_WHEN_FILED / 2 } },
  ];
}
