// `npm run bench:export [-- --runs N]`: the whole `npm run pdf` process against `marp --pdf` of the
// same talk (a Marp deck made from slides/ at run time), run by turns so both see the same load:
// medians of wall and CPU time, the load average before each run, the ratio against the 0.7 target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions } from '../src/export/chromium.ts';
import { loadTalkDeck } from '../src/talk-deck.ts';
import { describeMachine, median } from './files.ts';
import { writeMarpDeck } from './marp-deck.ts';

const TARGET = 0.7;
const root = process.cwd();
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 1);
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Timing {
  wall: number;
  cpu: number;
  load: number;
}

/** One whole process, timed from spawn to exit; CPU of it and its children by GNU time when there is one. */
function time(command: string[], cwd: string): Timing {
  const load = loadavg()[0];
  const gnuTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = spawnSync(gnuTime ? '/usr/bin/time' : command[0], gnuTime ? ['-f', 'cpu %U %S', ...command] : command.slice(1), { cwd, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  const [, user, system] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr) ?? [];
  return { wall, cpu: Number(user) + Number(system), load };
}

const work = mkdtempSync(join(tmpdir(), 'deck-bench-export-'));
try {
  const browser = chromiumLaunchOptions().executablePath ?? 'chromium';
  const version = spawnSync(browser, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const marp = writeMarpDeck(loadTalkDeck({ root }).slides, join(work, 'marp'), root);
  const ours = ['npm', 'run', '--silent', 'pdf', '--', '--out', join(work, 'ours')];
  const theirs = [join(root, 'node_modules', '.bin', 'marp'), '--theme-set', marp.theme, '--allow-local-files', '--no-stdin', '--browser', 'chrome', '--browser-path', browser, '--pdf', marp.deck, '-o', join(work, 'marp.pdf')];
  log(`Export benchmark: ${runs} run${runs === 1 ? '' : 's'} each, by turns, on ${describeMachine(version)}`);
  // Once each, not counted: the site built if stale, the CLI bundled, both programs' files in the page cache.
  time(ours, root);
  time(theirs, root);
  const timings: { ours: Timing[]; marp: Timing[] } = { ours: [], marp: [] };
  for (let run = 1; run <= runs; run++) {
    timings.ours.push(time(ours, root));
    timings.marp.push(time(theirs, root));
    const [a, b] = [timings.ours.at(-1) as Timing, timings.marp.at(-1) as Timing];
    log(`run ${run}/${runs}: npm run pdf ${a.wall.toFixed(2)} s (CPU ${a.cpu.toFixed(2)} s, load ${a.load.toFixed(1)}); marp --pdf ${b.wall.toFixed(2)} s (CPU ${b.cpu.toFixed(2)} s, load ${b.load.toFixed(1)})`);
  }
  const figure = (list: Timing[], key: keyof Timing) => median(list.map((timing) => timing[key]));
  const ratio = figure(timings.ours, 'wall') / figure(timings.marp, 'wall');
  const ourPdf = join(work, 'ours', 'den-regionala-digitaliseringen.pdf');
  log('');
  log(`median wall   npm run pdf ${figure(timings.ours, 'wall').toFixed(2)} s   marp --pdf ${figure(timings.marp, 'wall').toFixed(2)} s   ratio ${ratio.toFixed(2)}  ${ratio <= TARGET ? '✓' : '✗'} target ≤ ${TARGET}`);
  log(`median CPU    npm run pdf ${figure(timings.ours, 'cpu').toFixed(2)} s   marp --pdf ${figure(timings.marp, 'cpu').toFixed(2)} s   ratio ${(figure(timings.ours, 'cpu') / figure(timings.marp, 'cpu')).toFixed(2)}`);
  log(`load average (1 min) before the runs: median ${figure([...timings.ours, ...timings.marp], 'load').toFixed(1)} on this machine's cores`);
  log(`PDF size      ours ${(statSync(ourPdf).size / 1024).toFixed(0)} KB   Marp ${(statSync(join(work, 'marp.pdf')).size / 1024).toFixed(0)} KB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
