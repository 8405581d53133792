// What the build may read: regular files inside the folders it was given, of a sane size. A FIFO
// would hang the build, a link to /dev/zero fill the memory, and a link leading out of the project
// (to ~/.ssh, /etc or /proc/self/environ) publish a file the author never meant to.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { SlideError } from './errors.ts';

/** Slide and data files are text; the whole talk is a few dozen kilobytes. */
export const MAX_TEXT_BYTES = 1024 * 1024;
/** A picture or another file of public/: a large photo straight from a camera fits. */
export const MAX_PUBLIC_BYTES = 25 * 1024 * 1024;

/** Why the entry may not be read (a sentence starting "it is …"), or null when it is a regular file inside one of the roots. */
export function entryProblem(path: string, roots: readonly string[]): string | null {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch {
    return 'it does not exist';
  }
  let target: Stats;
  try {
    target = statSync(path);
  } catch {
    return 'it is a link that leads nowhere';
  }
  // Checked on the real path, so a linked folder on the way cannot lead out either.
  if (!isInsideAny(realpathSync(path), roots)) return link.isSymbolicLink() ? 'it is a link that leads out of the project' : 'it lies outside the project, through a linked folder';
  if (target.isFile()) return null;
  return `it is ${kindOf(target)}`;
}

/** The entry's problem, its size too: the error to report, or null. */
export function fileError(path: string, shown: string, roots: readonly string[], maxBytes: number): SlideError | null {
  const at = { file: shown, line: 1, column: 1 };
  const problem = entryProblem(path, roots);
  if (problem) return new SlideError('not-a-file', at, `This is not a file the build may read: ${problem}`, 'put a regular file here; a link may only point to a file inside the project');
  const size = statSync(path).size;
  if (size <= maxBytes) return null;
  return new SlideError('file-too-large', at, `The file is ${megabytes(size)}, more than the ${megabytes(maxBytes)} a file here may be`, 'make it smaller (a picture: export it at the size the slide shows it), or check that it is the file you meant');
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Whether a real path lies inside one of the folders (each taken by its real path too). */
export function isInsideAny(real: string, roots: readonly string[]): boolean {
  return roots.some((root) => {
    let realRoot: string;
    try {
      realRoot = realpathSync(root);
    } catch {
      return false;
    }
    return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  });
}
