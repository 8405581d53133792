// `npm run dev` and `npm run preview`: Vite's servers with the project's usage text and options.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PreviewServer, ViteDevServer } from 'vite';
import { runCommand } from './command.ts';
import { AuthorError } from './failure.ts';
import { DEV_PORT, PREVIEW_PORT } from './ports.ts';

const serverOptions = (port: string) =>
  ({
    port: { type: 'string', default: port, flag: '--port <n>', text: `the port to listen on (default ${port})` },
    host: { type: 'boolean', default: false, flag: '--host', text: 'listen on the network too, e.g. for a phone on the same Wi-Fi (default: this machine only)' },
    open: { type: 'boolean', default: false, flag: '--open', text: 'open the page in the browser' },
  }) as const;

const dev = {
  name: 'npm run dev',
  about: 'Serves the talk live: a saved slide shows at once, and a mistake shows in the page until it is fixed.\nArrows, Space or a clicker move on; S opens the presenter view.',
  options: serverOptions(String(DEV_PORT)),
} as const;

const previewSpec = {
  name: 'npm run preview',
  about: 'Serves the built site (dist/, from npm run build) as a static host would.',
  options: { ...serverOptions(String(PREVIEW_PORT)), dist: { type: 'string', default: 'dist', flag: '--dist <dir>', text: 'the built site to serve (default dist)' } },
} as const;

/** Which server: `node src/cli/launch.mjs serve dev …` or `… preview …`. */
const [which, ...argv] = process.argv.slice(2);
const root = process.cwd();
const configFile = join(root, 'vite.config.ts');

if (which === 'dev') {
  await runCommand(dev, async ({ port, host, open }) => {
    const { createServer } = await import('vite');
    const server = await createServer({ root, configFile, server: { port: portNumber(port, dev.name), host: host || undefined, open } });
    await server.listen();
    announce(server);
    return { summary: null };
  }, argv);
} else {
  await runCommand(previewSpec, async ({ port, host, open, dist }) => {
    if (!existsSync(join(resolve(root, dist), 'index.html'))) throw new AuthorError('not-built', `${dist}/ holds no built site`, 'build it first with npm run build');
    const { preview } = await import('vite');
    const server = await preview({ root, configFile, build: { outDir: dist }, preview: { port: portNumber(port, previewSpec.name), host: host || undefined, open } });
    announce(server);
    return { summary: null };
  }, argv);
}

function portNumber(text: string, name: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AuthorError('bad-port', `"${text}" is not a port number`, `give a number from 1 to 65535, e.g. ${name} -- --port 8080`);
  return port;
}

/** Vite's own lines with the addresses, and its keys (h + Enter lists them). */
function announce(server: ViteDevServer | PreviewServer): void {
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
}
