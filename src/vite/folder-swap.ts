// A build goes into a fresh folder beside its target (".dist.build-<stamp>"); the target itself
// ("dist") is a link to the folder of the last good build, replaced by one atomic rename of a new
// link. So dist/ is always the last good site or the new one, whatever is killed when, and a
// failed build leaves it as it was.
import { existsSync, lstatSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A folder a build replaces, and the fresh one it builds into first. */
export interface FolderSwap {
  final: string;
  building: string;
}

/** The steps of a swap, named for tests that stop the process at each (tests/unit/folder-swap.test.ts). */
export type SwapStep = 'moved-folder' | 'linked' | 'swapped' | 'cleaned';

/** Build folders and links beside `final`: ".dist.build-…" and ".dist.link-…". */
function ownEntries(final: string): { parent: string; builds: string[]; links: string[]; legacy: string[] } {
  const parent = dirname(final);
  const base = basename(final);
  const names = existsSync(parent) ? readdirSync(parent) : [];
  const named = (kind: string) => names.filter((name) => name.startsWith(`.${base}.${kind}-`));
  // Before links, a build renamed dist/ to ".dist-old-<pid>" while it swapped, and built in ".dist-building-<pid>".
  const legacy = names.filter((name) => new RegExp(`^\\.${escapeRegExp(base)}-(old|building)-\\d+$`).test(name));
  return { parent, builds: named('build'), links: named('link'), legacy };
}

/**
 * The folders for replacing `outDir`. Call it holding the build lock (src/cli/build-lock.ts): it
 * repairs what an interrupted build left (a missing link gets the newest good folder back) and
 * removes every build folder the link does not point to.
 */
export function prepareSwap(outDir: string): FolderSwap {
  const final = resolve(outDir);
  if (!existsSync(final)) restoreLastGood(final);
  const current = linkTarget(final);
  const { parent, builds, links, legacy } = ownEntries(final);
  for (const name of [...builds, ...links, ...legacy]) {
    if (name !== current) rmSync(join(parent, name), { recursive: true, force: true });
  }
  return { final, building: join(parent, `.${basename(final)}.build-${stamp()}`) };
}

/** Put the fresh folder in place: a new link, renamed over the old one in one step. */
export function swapIn({ final, building }: FolderSwap, onStep: (step: SwapStep) => void = () => {}): void {
  const parent = dirname(final);
  const previous = linkTarget(final);
  if (previous === null && existsSync(final)) {
    // A folder from before links (or from `vite build` run by hand): it becomes a build folder once.
    renameSync(final, join(parent, `.${basename(final)}.build-${stamp()}-previous`));
    onStep('moved-folder');
  }
  const link = join(parent, `.${basename(final)}.link-${stamp()}`);
  symlinkSync(basename(building), link, 'dir');
  onStep('linked');
  renameSync(link, final);
  onStep('swapped');
  for (const name of ownEntries(final).builds) {
    if (name !== basename(building)) rmSync(join(parent, name), { recursive: true, force: true });
  }
  onStep('cleaned');
}

/** Throw away a fresh folder whose build failed. */
export function discard({ building }: FolderSwap): void {
  rmSync(building, { recursive: true, force: true });
}

/** The build folder a link points to, or null when `final` is no link (a folder, or nothing). */
function linkTarget(final: string): string | null {
  try {
    return lstatSync(final).isSymbolicLink() ? basename(readlinkSync(final)) : null;
  } catch {
    return null;
  }
}

/**
 * With no dist/ (a build was killed while it moved a folder from before links aside, or before
 * its first link took dist/'s place): finish the swap with the link it made, else link the last
 * good folder again.
 */
function restoreLastGood(final: string): void {
  const { parent, builds, links, legacy } = ownEntries(final);
  const made = links.find((name) => existsSync(join(parent, name)));
  if (made) return renameSync(join(parent, made), final);
  const old = legacy.find((name) => name.includes('-old-'));
  const previous = builds.filter((name) => name.endsWith('-previous')).sort().at(-1);
  const good = previous ?? (old ? join(parent, old) : undefined);
  if (!good) return;
  const folder = previous ?? `.${basename(final)}.build-${stamp()}-previous`;
  if (!previous) renameSync(good, join(parent, folder));
  symlinkSync(folder, final, 'dir');
}

/** Sortable and unique per build: the time, then the process. */
function stamp(): string {
  return `${Date.now().toString(36).padStart(9, '0')}-${process.pid}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
