// The talk as Marp's HTML page (marp-deck.ts makes the Markdown and theme), for the page-load
// figures: the fastest peer's first slide, fonts and layout beside ours, served the same way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Slide } from '../src/deck/index.ts';
import { writeMarpDeck } from './marp-deck.ts';

export interface MarpSite {
  dir: string;
  /** The page, relative to dir. */
  page: string;
  buildMs: number;
  remove(): void;
}

export function makeMarpSite(root: string, slides: Slide[]): MarpSite {
  const dir = mkdtempSync(join(tmpdir(), 'deck-bench-marp-'));
  const { deck, theme } = writeMarpDeck(slides, dir, root);
  const page = 'index.html';
  const started = performance.now();
  const result = spawnSync(join(root, 'node_modules', '.bin', 'marp'), ['--theme-set', theme, '--no-stdin', deck, '-o', join(dir, page)], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`marp failed:\n${result.stdout}${result.stderr}`);
  return { dir, page, buildMs: performance.now() - started, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
