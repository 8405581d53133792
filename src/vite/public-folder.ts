// Everything in public/ is published as it is, so the build checks it first: only regular files
// inside the project (src/deck/entries.ts), none too large, and SVGs that only draw (svg-check.ts).
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileError, MAX_PUBLIC_BYTES, SlideError } from '../deck/index.ts';
import { checkSvg } from './svg-check.ts';

export interface PublicFolderCheck {
  errors: SlideError[];
  /** The text of each SVG with an error, by its shown path, for the code frame. */
  sources: Map<string, string>;
}

/** Check every entry of the public folder; `root` is the project, the only place a link may lead. */
export function checkPublicFolder(publicDir: string, root: string): PublicFolderCheck {
  const result: PublicFolderCheck = { errors: [], sources: new Map() };
  const roots = [publicDir, root];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const shown = relative(root, path).split(sep).join('/');
      if (isFolderInside(path, roots)) {
        // A linked folder may lead back up: each real folder is walked once.
        const real = realpathSync(path);
        if (!seen.has(real)) (seen.add(real), walk(path));
        continue;
      }
      const error = fileError(path, shown, roots, MAX_PUBLIC_BYTES);
      if (error) result.errors.push(error);
      else if (/\.svg$/i.test(name)) checkSvgFile(path, shown, result);
    }
  };
  walk(publicDir);
  return result;
}

function isFolderInside(path: string, roots: string[]): boolean {
  try {
    const stats = lstatSync(path);
    if (stats.isDirectory()) return true;
    return stats.isSymbolicLink() && lstatSync(realpathSync(path)).isDirectory() && roots.some((root) => realpathSync(path).startsWith(realpathSync(root) + sep));
  } catch {
    return false;
  }
}

function checkSvgFile(path: string, shown: string, result: PublicFolderCheck): void {
  const text = readFileSync(path, 'utf8');
  const error = checkSvg(text, shown);
  if (!error) return;
  result.errors.push(error);
  result.sources.set(shown, text);
}
