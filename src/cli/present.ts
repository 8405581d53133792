// `npm run present [-- --port N]`: the talk from the built site on the local network, with the
// relay that lets a phone steer it. Prints the pages' addresses and a QR code of the remote's.
import { resolve } from 'node:path';
import QRCode from 'qrcode';
import { buildIfNeeded } from '../export/build-if-needed.ts';
import { loadSlides } from '../export/deck-slides.ts';
import { networkAddresses } from '../present/addresses.ts';
import { talkOutline } from '../present/outline.ts';
import { startPresentServer } from '../present/server.ts';
import { runCommand } from './command.ts';
import { AuthorError } from './failure.ts';

const DEFAULT_PORT = 4380;

const spec = {
  name: 'npm run present',
  about: 'The built talk on the local network, steered from a phone: prints the addresses of the slide show,\nthe presenter view and the remote, and a QR code of the remote\'s. Builds the site first when it is\nmissing or older than the slides. Ctrl+C stops it.',
  options: {
    port: { type: 'string', default: String(DEFAULT_PORT), flag: '--port <n>', text: `the port to serve on (default ${DEFAULT_PORT}; 0 takes a free one)` },
    dist: { type: 'string', default: 'dist', flag: '--dist <dir>', text: 'the built site to present (default dist/)' },
  },
  environment: {
    DECK_SLIDES_DIR: 'another folder of slides to present (default slides/)',
  },
} as const;

const log = (line = '') => process.stdout.write(`${line}\n`);

await runCommand(spec, async (values) => {
  const root = process.cwd();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AuthorError('bad-option', `--port ${values.port} is not a port`, 'give a number from 1 to 65535 (or 0 for a free one)');
  const slidesDir = resolve(root, process.env.DECK_SLIDES_DIR ?? 'slides');
  const distDir = resolve(root, values.dist);
  const slides = loadSlides(root, slidesDir);
  if (await buildIfNeeded(root, slidesDir, distDir, slides)) log(`built the site in ${values.dist}/`);
  const addresses = networkAddresses();
  const server = await startPresentServer({ distDir, slides: talkOutline(slides, distDir), port }).catch((error: NodeJS.ErrnoException) => {
    // Vite's server says so in words ("Port 4380 is already in use"), Node's with a code.
    const taken = error.code === 'EADDRINUSE' || /already in use/i.test(error.message);
    throw taken ? new AuthorError('port-taken', `port ${port} is taken (another npm run present?)`, `stop that one, or pass -- --port ${port + 1}`) : error;
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
  // A server: it runs on, with no summary line.
  return { summary: null };
});
