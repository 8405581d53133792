// `npm run pdf [-- --notes] [--out file.pdf] [--dist dir]`: the talk as a PDF, through reveal's print view in Chromium.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExportError, formatExportError } from '../export/errors.ts';
import { exportPdf } from '../export/export-pdf.ts';

const root = process.cwd();
const { values } = parseArgs({
  options: {
    notes: { type: 'boolean', default: false },
    out: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
  },
});

// On a terminal the progress overwrites itself; in a log each step gets its line.
const log = (line: string) => {
  if (process.stdout.isTTY && line.startsWith('page ')) process.stdout.write(`\r${line}`);
  else process.stdout.write(`${process.stdout.isTTY ? '\r\x1b[K' : ''}${line}\n`);
};

try {
  const started = performance.now();
  const result = await exportPdf({
    root,
    // The same folder the build reads (vite.config.ts).
    slidesDir: resolve(root, process.env.DECK_SLIDES_DIR ?? 'slides'),
    distDir: resolve(root, values.dist),
    outFile: values.out && resolve(root, values.out),
    notes: values.notes,
    log,
  });
  const megabytes = (result.bytes / 1024 / 1024).toFixed(2);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`wrote ${relative(root, result.file)}: ${result.pages} pages, ${megabytes} MB (${result.bytes} bytes) in ${seconds} s`);
} catch (error) {
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.error(error instanceof ExportError ? formatExportError(error) : error);
  process.exitCode = 1;
}
