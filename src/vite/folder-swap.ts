// A build goes into a fresh folder beside its target, which takes the target's place only when
// the build succeeds, so a failed build leaves the last good folder as it was.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A folder a build replaces, the fresh one it builds into first, and where the old one waits. */
export interface FolderSwap {
  final: string;
  building: string;
  old: string;
}

/** The folders for replacing `outDir`; leftovers of a build that was interrupted (Ctrl+C) go first. */
export function prepareSwap(outDir: string): FolderSwap {
  const final = resolve(outDir);
  const parent = dirname(final);
  const prefix = `.${basename(final)}-`;
  if (existsSync(parent)) {
    for (const name of readdirSync(parent)) {
      if (name.startsWith(prefix) && /^(building|old)-\d+$/.test(name.slice(prefix.length))) rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
  return { final, building: join(parent, `${prefix}building-${process.pid}`), old: join(parent, `${prefix}old-${process.pid}`) };
}

/** Put the fresh folder in place of the old one; if that fails, the old one stays. */
export function swapIn({ final, building, old }: FolderSwap): void {
  const hadOld = existsSync(final);
  if (hadOld) renameSync(final, old);
  try {
    renameSync(building, final);
  } catch (error) {
    if (hadOld) renameSync(old, final);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Throw away a fresh folder whose build failed. */
export function discard({ building }: FolderSwap): void {
  rmSync(building, { recursive: true, force: true });
}
