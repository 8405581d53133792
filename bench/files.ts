// Sizes of a built folder (every file, and gzipped as a server would send it), the machine the
// figures were taken on, and the median of several runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FolderSize {
  files: number;
  bytes: number;
  gzipBytes: number;
}

export function folderSize(dir: string): FolderSize {
  const size: FolderSize = { files: 0, bytes: 0, gzipBytes: 0 };
  for (const file of listFiles(dir)) {
    const bytes = readFileSync(file);
    size.files += 1;
    size.bytes += bytes.length;
    size.gzipBytes += gzipSync(bytes).length;
  }
  return size;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** reveal.js plugins found in built JavaScript, by the id each plugin registers. */
export function revealPluginsIn(dir: string): string[] {
  const code = listFiles(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const plugins = ['markdown', 'notes', 'highlight', 'math', 'search', 'zoom'];
  return plugins.filter((id) => new RegExp(`id:\\s*["']${id}["']`).test(code));
}

export function describeMachine(browserVersion: string): string {
  const cpu = cpus();
  const memory = Math.round(totalmem() / 1024 ** 3);
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${memory} GiB, ${osType()} ${release()}, Node ${process.versions.node}, Chromium ${browserVersion}`;
}

export function median(values: number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
