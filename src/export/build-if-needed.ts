// Build the site before printing when dist/ is missing, older than its sources, or holds other slides.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { discard, prepareSwap, swapIn } from '../vite/folder-swap.ts';
import { takeBuildLock } from '../cli/build-lock.ts';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Slide } from '../deck/index.ts';

/** What a build reads besides the slides folder (which the caller passes); DECK_PUBLIC_DIR as vite.config.ts reads it. */
const sources = () => ['index.html', 'vite.config.ts', 'package-lock.json', 'src', process.env.DECK_PUBLIC_DIR || 'public'];

export async function buildIfNeeded(root: string, slidesDir: string, distDir: string, slides: Slide[]): Promise<boolean> {
  if (siteIsCurrent(root, slidesDir, distDir, slides)) return false;
  await buildSite(root, distDir);
  return true;
}

/** Build the site into distDir as `npm run build` does: one build at a time, and a failed build leaves the last good site as it was. */
export async function buildSite(root: string, distDir: string): Promise<void> {
  const lock = takeBuildLock(distDir);
  try {
    const swap = prepareSwap(distDir);
    try {
      // Vite loads only when there is something to build: an export of a current site starts quicker.
      const { build } = await import('vite');
      await build({ root, logLevel: 'warn', build: { outDir: swap.building, emptyOutDir: true } });
    } catch (error) {
      discard(swap);
      throw error;
    }
    swapIn(swap);
  } finally {
    lock.release();
  }
}

/** Whether distDir holds a build of these slides, newer than every source. */
export function siteIsCurrent(root: string, slidesDir: string, distDir: string, slides: Slide[]): boolean {
  const page = join(distDir, 'index.html');
  if (!existsSync(page)) return false;
  const builtAt = statSync(page).mtimeMs;
  const changed = [slidesDir, ...sources().map((name) => resolve(root, name))];
  if (changed.some((path) => newestChange(path) > builtAt)) return false;
  // The same slides in the same order: a build from another slides folder is not this deck.
  return sectionIds(readFileSync(page, 'utf8')).join(' ') === slides.map((slide) => slide.id).join(' ');
}

/** The newest modification time in a file or folder (0 when it does not exist). */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

type Node = DefaultTreeAdapterMap['node'];

/** The ids of a built page's slides, in order. */
function sectionIds(html: string): string[] {
  const ids: string[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node && node.tagName === 'section') ids.push(node.attrs.find((attr) => attr.name === 'id')?.value ?? '');
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return ids;
}
