// One Vite build of the project, quiet: its warnings are shown, its errors thrown to the command,
// which explains them once (src/cli/failure.ts).
import { join } from 'node:path';
import { build, createLogger, type Logger } from 'vite';

/** Build into `outDir`; `mode` "single-file" makes the one-file copy (vite.config.ts). */
export async function viteBuild(root: string, outDir: string, mode?: string): Promise<void> {
  await build({ root, configFile: join(root, 'vite.config.ts'), mode, logLevel: 'warn', customLogger: quietLogger(), build: { outDir, emptyOutDir: true } });
}

/** Warnings only, and no "Build failed" or "failed to load config" line: the thrown error says it all. */
function quietLogger(): Logger {
  const logger = createLogger('warn');
  return { ...logger, error: () => undefined };
}
