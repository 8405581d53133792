// `npm run build`: Vite builds into a fresh folder beside dist/, which replaces dist/
// only when the build succeeds, so a failed build leaves the last good site as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

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

function main(): number {
  const { outDir, rest } = takeOutDir(process.argv.slice(2));
  const final = resolve(outDir);
  const parent = dirname(final);
  const prefix = `.${basename(final)}-`;
  // Leftovers of a build that was interrupted (Ctrl+C) go first.
  if (existsSync(parent)) {
    for (const name of readdirSync(parent)) {
      if (/^(building|old)-\d+$/.test(name.slice(prefix.length)) && name.startsWith(prefix)) rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
  const building = join(parent, `${prefix}building-${process.pid}`);
  const old = join(parent, `${prefix}old-${process.pid}`);

  const vite = spawnSync('npx', ['vite', 'build', ...rest, '--outDir', building, '--emptyOutDir'], { stdio: 'inherit' });
  if (vite.status !== 0) {
    rmSync(building, { recursive: true, force: true });
    console.error(`\nThe build failed; ${outDir}/ is left as it was.`);
    return vite.status ?? 1;
  }
  const hadOld = existsSync(final);
  if (hadOld) renameSync(final, old);
  try {
    renameSync(building, final);
  } catch (error) {
    if (hadOld) renameSync(old, final);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
  return 0;
}

process.exitCode = main();
