// `npm run pdf [-- --notes] [--out file.pdf] [--dist dir]`: the talk as a PDF, through reveal's print view in Chromium.
import { relative, resolve } from 'node:path';
import { runCommand } from './command.ts';
import { formatBytes } from './sizes.ts';

const spec = {
  name: 'npm run pdf',
  about: 'Prints the talk to a PDF, one page per slide, through the slide show in Chromium.\nBuilds the site first when dist/ is missing or older than the slides.',
  options: {
    notes: { type: 'boolean', default: false, flag: '--notes', text: 'a handout: each slide with its speaker notes under it' },
    out: { type: 'string', flag: '--out <file>', text: 'where the PDF goes (default: in the --dist folder, named after the talk)' },
    dist: { type: 'string', default: 'dist', flag: '--dist <dir>', text: 'the built site to print (default dist)' },
  },
  environment: {
    CHROMIUM_PATH: 'the Chromium to print with (else /usr/bin/chromium, else Playwright\'s own)',
  },
} as const;

// On a terminal the progress overwrites itself; in a log each step gets its line.
const log = (line: string) => {
  if (process.stdout.isTTY && line.startsWith('page ')) process.stdout.write(`\r${line}`);
  else process.stdout.write(`${process.stdout.isTTY ? '\r\x1b[K' : ''}${line}\n`);
};

await runCommand(spec, async ({ notes, out, dist }) => {
  const root = process.cwd();
  const { exportPdf } = await import('../export/export-pdf.ts');
  try {
    const result = await exportPdf({
      root,
      // The same folder the build reads (vite.config.ts).
      slidesDir: resolve(root, process.env.DECK_SLIDES_DIR ?? 'slides'),
      distDir: resolve(root, dist),
      outFile: out && resolve(root, out),
      notes,
      log,
    });
    return { summary: `wrote ${relative(root, result.file)}: ${result.pages} pages, ${formatBytes(result.bytes)}` };
  } finally {
    // Clear the progress line, which the summary or the failure would otherwise continue.
    if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  }
});
