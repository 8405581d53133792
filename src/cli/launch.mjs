// Run a command of src/cli/ (build, export, present, serve) as plain JavaScript: esbuild bundles
// its TypeScript and the small packages it uses into node_modules/.cache/deck-cli/ whenever a source
// or the lock file changed, so a run pays no compiler at start-up (tsx took 3 s of a 7 s build), and
// Node reads a few files instead of hundreds (the loader's packages took 0.3 s to load as separate
// modules, 0.1 s bundled).   node src/cli/launch.mjs export --format pdf
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [command, ...args] = process.argv.slice(2);
const entry = join(root, 'src', 'cli', `${command}.ts`);
const cacheDir = join(root, 'node_modules', '.cache', 'deck-cli');
const bundleDir = join(cacheDir, command);
const bundle = join(bundleDir, `${command}.mjs`);

/** The newest change under a path (0 when it does not exist). */
function newestChange(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const sources = ['src', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'].map((name) => newestChange(join(root, name)));
if (newestChange(bundle) <= Math.max(...sources)) {
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  // Built beside and swapped in: two runs at once never read half a bundle.
  const building = `${bundleDir}.${process.pid}.tmp`;
  // Split: what a format imports (pptxgenjs, sharp, vite) loads only when that format runs. Packages
  // with native parts or files of their own stay imports; the bundled CommonJS ones get a require.
  await build({
    entryPoints: [entry],
    outdir: building,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['vite', 'sharp', 'playwright-core', 'pptxgenjs', 'jszip', 'lightningcss', 'esbuild', 'subset-font', 'ws', 'reveal.js'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  try {
    rmSync(bundleDir, { recursive: true, force: true });
    renameSync(building, bundleDir);
  } catch {
    // Another run swapped its bundle of the same sources in first: that one serves.
    rmSync(building, { recursive: true, force: true });
  }
}
// The command sees its arguments where `node <its file> …` would put them.
process.argv.splice(2, 1);
const loaded = await import(pathToFileURL(bundle).href);
// Most commands run as they load (runCommand in src/cli/command.ts); the export exports run().
if (typeof loaded.run === 'function') process.exitCode = await loaded.run(args);
