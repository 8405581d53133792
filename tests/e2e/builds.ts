// Extra builds for tests that need another configuration, each in a folder of its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export interface BuildResult {
  status: number | null;
  /** What it printed, standard output then standard error. */
  output: string;
  stdout: string;
  stderr: string;
}

/** Build the site with extra environment variables (and Vite arguments, such as "--mode single-file") into a new temporary folder. */
export function buildWith(env: Record<string, string>, args: string[] = []): BuildResult & { outDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'deck-build-'));
  // A build that hangs (as one did on a FIFO among the slides) fails the test instead.
  // Vite's own command, not through npx, which costs half a second of CPU to find it.
  const result = spawnSync('node_modules/.bin/vite', ['build', ...args, '--outDir', outDir, '--emptyOutDir'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 180_000 });
  return { outDir, output: result.stdout + result.stderr, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** `npm run build -- --outDir <outDir>` as the author runs it: the site, and the one file beside it in <outDir>-offline. */
export function npmRunBuild(outDir: string, env: Record<string, string>): BuildResult {
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, output: result.stdout + result.stderr, stdout: result.stdout, stderr: result.stderr };
}

/** Serve a built folder as a plain static site. */
export async function serveStatic(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({ configFile: false, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: 'localhost' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`Could not serve ${outDir}`);
  return { url, server };
}
