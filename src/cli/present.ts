// `npm run present [-- --port N]`: the talk from the built site on the local network, with the
// relay that lets a phone steer it. Prints the pages' addresses and a QR code of the remote's.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { buildIfNeeded } from '../export/build-if-needed.ts';
import { loadSlides } from '../export/deck-slides.ts';
import { ExportError, formatExportError } from '../export/errors.ts';
import { networkAddresses } from '../present/addresses.ts';
import { talkOutline } from '../present/outline.ts';
import { startPresentServer } from '../present/server.ts';

const DEFAULT_PORT = 4380;
const root = process.cwd();
const { values } = parseArgs({ options: { port: { type: 'string', default: String(DEFAULT_PORT) }, dist: { type: 'string', default: 'dist' } } });
const port = Number(values.port);
const slidesDir = resolve(root, process.env.DECK_SLIDES_DIR ?? 'slides');
const distDir = resolve(root, values.dist);
const log = (line = '') => process.stdout.write(`${line}\n`);

try {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port} is not a port: give a number from 1 to 65535`);
  const slides = loadSlides(root, slidesDir);
  if (await buildIfNeeded(root, slidesDir, distDir, slides)) log(`built the site in ${values.dist}/`);
  const addresses = networkAddresses();
  const server = await startPresentServer({ distDir, slides: talkOutline(slides, distDir), port }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE' ? new Error(`port ${port} is taken (another npm run present?): stop it, or pass -- --port ${port + 1}`) : error;
  });
  if (addresses.length === 0) {
    log('No network found: join the venue\'s Wi-Fi (or start the laptop\'s hotspot) and start again. Until then only this laptop reaches the talk.');
  }
  log(`Presenting "${slides[0]?.title ?? ''}", ${slides.length} slides, on port ${server.port}. Open on the projector, the laptop and the phone:`);
  log();
  log(`Bildspel: ${server.urls.audience}`);
  log(`Talarvy: ${server.urls.presenter}`);
  log(`Fjärrkontroll: ${server.urls.remote}`);
  log();
  log('Scan with the phone for the remote (it is on the presenter view too):');
  log(await QRCode.toString(server.urls.remote, { type: 'terminal', small: true }));
  if (addresses.length > 1) log(`This laptop is also at ${addresses.slice(1).join(', ')}: use one of those if the phone cannot reach the first.`);
  log('The addresses hold a secret made for this start: anyone with them can steer the talk. Ctrl+C stops the server; the open windows go on presenting.');
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof ExportError ? formatExportError(error) : error instanceof Error ? `error: ${error.message}` : error);
  process.exitCode = 1;
}
