// `npm run build`: Vite builds the site and the one-file copy into fresh folders beside dist/ and
// dist-offline/, which replace those only when both builds succeed, so a failed build leaves the
// last good ones as they were.
import { spawnSync } from 'node:child_process';
import { discard, prepareSwap, swapIn } from '../vite/folder-swap.ts';
import { BuildLockedError, takeBuildLock } from './build-lock.ts';
import { systemErrorLine } from './system-error.ts';

/** Split `--outDir x` (or `--outDir=x`) off Vite's arguments; the rest pass through as given. */
export function takeOutDir(args: string[]): { outDir: string; rest: string[] } {
  const rest: string[] = [];
  let outDir = 'dist';
  for (let i = 0; i < args.length; i++) {
    const [flag, value] = args[i].split(/=(.*)/s, 2);
    if (flag !== '--outDir') rest.push(args[i]);
    else if (value !== undefined) outDir = value;
    else outDir = args[++i] ?? outDir;
  }
  return { outDir, rest };
}

/** The one file goes beside the site, not into it, so it is not published with it: dist/ → dist-offline/. */
export function offlineDirOf(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}-offline`;
}

function viteBuild(args: string[], outDir: string, shownDir: string): number {
  const vite = spawnSync('npx', ['vite', 'build', ...args, '--outDir', outDir, '--emptyOutDir'], { stdio: ['inherit', 'inherit', 'pipe'], encoding: 'utf8' });
  // A full disk or a read-only folder is one line, not Vite's stack (src/cli/system-error.ts).
  const systemError = vite.status !== 0 ? systemErrorLine(vite.stderr ?? '', shownDir) : null;
  process.stderr.write(systemError ? `${systemError}\n` : (vite.stderr ?? ''));
  return vite.status ?? 1;
}

function main(): number {
  const { outDir } = takeOutDir(process.argv.slice(2));
  let lock;
  try {
    lock = takeBuildLock(outDir);
  } catch (error) {
    if (!(error instanceof BuildLockedError)) throw error;
    console.error(error.message);
    return 1;
  }
  try {
    return buildAndSwap();
  } finally {
    lock.release();
  }
}

function buildAndSwap(): number {
  const { outDir, rest } = takeOutDir(process.argv.slice(2));
  const site = prepareSwap(outDir);
  const offline = prepareSwap(offlineDirOf(outDir));

  let status = viteBuild(rest, site.building, outDir);
  if (status === 0) status = viteBuild([...rest, '--mode', 'single-file'], offline.building, offlineDirOf(outDir));
  if (status !== 0) {
    discard(site);
    discard(offline);
    console.error(`\nThe build failed; ${outDir}/ and ${offlineDirOf(outDir)}/ are left as they were.`);
    return status;
  }
  swapIn(site);
  swapIn(offline);
  return 0;
}

process.exitCode = main();
