// The work of `npm run bench`: build, load, walk, print and edit both decks, print the figures
// beside the targets and write them to a JSON file.
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { formatBytes } from '../src/cli/sizes.ts';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/export/chromium.ts';
import { timeEdits } from './dev-edit.ts';
import { describeMachine, folderSize, median, revealPluginsIn } from './files.ts';
import { runLighthouse, type LighthouseFigures, type LighthouseRun } from './lighthouse.ts';
import { makeMarpSite } from './marp-site.ts';
import { buildBoth, measureRun, serveAll, type Run, type Versus } from './measure.ts';
import { THROTTLING } from './network.ts';
import { formatPictures, formatTable } from './report.ts';
import { runThrough } from './run-through.ts';
import { picturesAtPrint } from './print-fetch.ts';
import { remoteDelay } from './remote-delay.ts';
import { makeStockProject } from './stock.ts';
import { summarise, summariseAgainstMarp, VIEW_DISTANCE } from './summary.ts';
import { loadTalkDeck } from '../src/talk-deck.ts';

export interface BenchOptions {
  runs: string;
  out: string;
}

/** Measure, print, write; gives the summary line. */
export async function runBench(values: BenchOptions): Promise<string> {
  const root = process.cwd();
  const runs = Math.max(1, Number.parseInt(values.runs, 10) || 1);
  const outFile = resolve(root, values.out);
  const outDir = dirname(outFile);
  mkdirSync(outDir, { recursive: true });
  const slidesDir = resolve(root, process.env.DECK_SLIDES_DIR ?? 'slides');

  const log = (line: string) => process.stdout.write(`${line}\n`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const stock = makeStockProject(root, slidesDir);
  const marp = makeMarpSite(root, loadTalkDeck({ root, slidesDir }).slides);
  const editCopy = mkdtempSync(join(tmpdir(), 'deck-bench-slides-'));
  cpSync(slidesDir, editCopy, { recursive: true });
  try {
    const machine = describeMachine(browser.version());
    log(`Benchmark: ${runs} run${runs === 1 ? '' : 's'} on ${machine}`);
    const measured: Run[] = [];
    for (let run = 1; run <= runs; run++) {
      log(`run ${run}/${runs}: building both…`);
      const buildMs = buildBoth(root, stock);
      const sites = await serveAll(root, stock, marp);
      try {
        log(`run ${run}/${runs}: loading ours, stock and Marp's, plain and throttled; printing PDFs…`);
        measured.push(await measureRun(browser, root, sites, buildMs, outDir));
      } finally {
        await sites.close();
      }
    }
    log('run-through of every slide, and edits in dev…');
    const sites = await serveAll(root, stock, marp);
    log('Lighthouse (mobile), ours and Marp\'s by turns…');
    const lighthouse = await lighthouseBoth(sites.ours, sites.marp, runs);
    const walk = { ours: await runThrough(browser, sites.ours), stock: await runThrough(browser, sites.stock) };
    const printing = { ours: await picturesAtPrint(browser, sites.ours), stock: await picturesAtPrint(browser, sites.stock) };
    await sites.close();
    const edited = 'Konsult på Ramböll Management Consulting';
    const edits = {
      // The first edit warms the server up; the rest are counted.
      ours: (await timeEdits(browser, { server: { root, configFile: join(root, 'vite.config.ts') }, env: { DECK_SLIDES_DIR: editCopy }, file: join(editCopy, '01-inledning.md'), text: edited, hash: '#/kort-om-mig' }, runs + 1)).slice(1),
      stock: (await timeEdits(browser, { server: { root: stock.dir, configFile: false }, file: join(stock.dir, 'index.html'), text: edited, hash: '#/2' }, runs + 1)).slice(1),
    };
    log('presses on the phone\'s remote, through the relay…');
    const remote = await remoteDelay(browser, root);
    const sizes = { ours: folderSize(join(root, 'dist')), stock: folderSize(stock.distDir) };
    const plugins = { ours: revealPluginsIn(join(root, 'dist')), stock: revealPluginsIn(stock.distDir) };
    const figures = summarise({ runs: measured, walk, edits, sizes, plugins });
    const againstMarp = summariseAgainstMarp({ runs: measured, lighthouse, marpBuildMs: marp.buildMs });

    log('');
    log(`Machine: ${machine}`);
    log(`Throttled profile: CPU ${THROTTLING.cpuSlowdown}× slower, ${THROTTLING.latencyMs} ms latency, ${THROTTLING.downloadBitsPerSecond / 1e6} Mbit/s down (Chrome DevTools Protocol). Medians of ${runs} run${runs === 1 ? '' : 's'}.`);
    log(`Stock: the same slides/ as one reveal.js page with reveal's Markdown plugin and theme/white.css, built with Vite.`);
    log('');
    log(formatTable(figures, 'stock'));
    log('');
    log(`Against Marp (the fastest peer): the same talk as Marp's HTML page (bench/marp-deck.ts: its Markdown, Inter from @fontsource, the talk's colours), served the same way; loads by turns with ours.`);
    log(formatTable(againstMarp, 'marp'));
    log(`Lighthouse audits under 0.9, ours: ${lighthouse.below.ours.join(', ') || 'none'}; Marp's: ${lighthouse.below.marp.join(', ') || 'none'}`);
    log('');
    log(formatPictures('ours', walk.ours.pictures, VIEW_DISTANCE));
    log(formatPictures('stock', walk.stock.pictures, VIEW_DISTANCE));
    for (const side of ['ours', 'stock'] as const) {
      const { beforePrint, atPrint } = printing[side];
      log(`Printing from slide 1 (Ctrl+P), ${side}: ${beforePrint.length} picture(s) fetched before, ${atPrint.length} on beforeprint${atPrint.length ? `: ${atPrint.join(', ')}` : ''}`);
    }
    log(`Phone remote, "Nästa" to the projector's slide change through the relay (loopback): median ${remote.medianMs} ms of ${remote.presses} presses (min ${Math.min(...remote.delaysMs)}, max ${Math.max(...remote.delaysMs)})`);
    log(`reveal.js plugins shipped: ours ${plugins.ours.join(', ') || 'none'}; stock ${plugins.stock.join(', ') || 'none'}`);
    writeFileSync(outFile, `${JSON.stringify({ machine, runs, throttling: THROTTLING, figures, againstMarp, lighthouse, measured, walk, printing, edits, sizes, plugins, remote }, null, 2)}\n`);
    log('');
    return `wrote ${relative(root, outFile)} (${formatBytes(statSync(outFile).size)}, ${runs} run${runs === 1 ? '' : 's'})`;
  } finally {
    await browser.close();
    stock.remove();
    marp.remove();
    rmSync(editCopy, { recursive: true, force: true });
  }
}

/** Lighthouse on both pages by turns, the median of each figure over the runs. */
async function lighthouseBoth(ours: string, marp: string, runs: number): Promise<Versus<LighthouseFigures> & { below: Versus<string[]> }> {
  const taken: Versus<LighthouseRun[]> = { ours: [], marp: [] };
  for (let run = 0; run < runs; run++) {
    taken.ours.push(await runLighthouse(ours));
    taken.marp.push(await runLighthouse(marp));
  }
  const medians = (list: LighthouseRun[]): LighthouseFigures => {
    const result = { ...list[0].figures };
    for (const key of Object.keys(result) as (keyof LighthouseFigures)[]) result[key] = median(list.map((run) => run.figures[key]));
    return result;
  };
  // What fell short in the last run of each, to say why a score is what it is.
  const below = { ours: taken.ours.at(-1)?.below ?? [], marp: taken.marp.at(-1)?.below ?? [] };
  return { ours: medians(taken.ours), marp: medians(taken.marp), below };
}
