// The work of `npm run build`: Vite builds the site and the one-file copy into fresh folders beside
// dist/ and dist-offline/, which replace those only when both builds succeed, so a failed build
// leaves the last good ones as they were.
import { relative } from 'node:path';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import { discard, prepareSwap, swapIn } from '../vite/folder-swap.ts';
import { takeBuildLock } from './build-lock.ts';
import { AuthorError, FailedRun } from './failure.ts';
import { folderSize, formatBytes } from './sizes.ts';
import { systemErrorLine } from './system-error.ts';
import { viteBuild } from './vite-build.ts';

/** The one file goes beside the site, not into it, so it is not published with it: dist/ → dist-offline/. */
export function offlineDirOf(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}-offline`;
}

/** Build both, swap them in, and say what was written. One build at a time per folder (build-lock.ts). */
export async function buildSite(root: string, outDir: string): Promise<string> {
  const lock = takeBuildLock(outDir);
  try {
    return await buildAndSwap(root, outDir);
  } finally {
    lock.release();
  }
}

async function buildAndSwap(root: string, outDir: string): Promise<string> {
  const site = prepareSwap(outDir);
  const offline = prepareSwap(offlineDirOf(outDir));
  try {
    await viteBuild(root, site.building);
    await viteBuild(root, offline.building, 'single-file');
  } catch (error) {
    discard(site);
    discard(offline);
    // A full disk or a read-only folder is one line, not Vite's stack (system-error.ts).
    const systemError = systemErrorLine(error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error), outDir);
    const reason = systemError ? new AuthorError('cannot-write', systemError, 'free space on the disk, or build into a folder you may write to') : error;
    throw new FailedRun(reason, `The build failed; ${outDir}/ and ${offlineDirOf(outDir)}/ are left as they were.`);
  }
  swapIn(site);
  swapIn(offline);
  const built = folderSize(site.final);
  const oneFile = folderSize(offline.final);
  // Relative to the project when inside it (dist/), else as given.
  const shown = (path: string) => (relative(root, path).startsWith('..') ? path : relative(root, path) || '.');
  return `wrote ${shown(site.final)}/ (${built.files} files, ${formatBytes(built.bytes)}) and ${shown(offline.final)}/${SINGLE_FILE_NAME} (${formatBytes(oneFile.bytes)})`;
}
