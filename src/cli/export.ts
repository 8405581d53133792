// `npm run export [-- --format pdf|handout|png|pptx|all] [--out DIR] [--scale N] [--dist DIR]`: the talk
// as files to pass on. `npm run pdf` is `--format pdf`. Run as plain JavaScript by src/cli/launch.mjs.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../export/chromium.ts';
import { ExportError } from '../export/errors.ts';
import { FORMATS, needsChromium, type Format } from '../export/formats.ts';
import { SLIDE } from '../theme/tokens.ts';
import { describeFailure } from './failure.ts';

// Usage as the other commands give it (src/cli/command.ts): "Usage:" first, -h and --help.
const help = (exportName: (format: Exclude<Format, 'png'>) => string) => `Usage: npm run export -- [options]

The talk as files to pass on, made from the slides in slides/.

Options:
  --format F   what to make; F is one of pdf, handout, png, pptx or all (the default).
               Give several as --format pdf,pptx.
                 pdf      ${exportName('pdf')}: one 16:9 page per slide, searchable,
                          linked, tagged, with an outline
                 handout  ${exportName('handout')}: A4, each slide with its speaker
                          notes under it; long notes go on over the next page
                 png      png/01-<slide-id>.png …: each slide as on screen
                 pptx     ${exportName('pptx')}: editable PowerPoint with notes
  --out DIR    the folder to write into (default: exports/; never inside the site's folder)
  --scale N    the PNGs' size as a multiple of ${SLIDE.width} × ${SLIDE.height} px (default 1.5: ${1.5 * SLIDE.width} × ${1.5 * SLIDE.height})
  --dist DIR   the built site to print (default: dist/; built first when missing or stale)
  --notes      the same as --format handout (the old \`npm run pdf -- --notes\`)
  -h, --help   show this text

pdf, handout and png print the built site in Chromium ($CHROMIUM_PATH, else Debian's
/usr/bin/chromium-headless-shell, else /usr/bin/chromium);
pptx needs no browser. The files replace the old ones only when every format succeeded.
\`npm run pdf\` is \`npm run export -- --format pdf\`.`;

function readFormats(values: string[], notes: boolean): Format[] {
  const asked = values.flatMap((value) => value.split(',')).map((value) => value.trim().toLowerCase());
  const unknown = asked.filter((value) => value !== 'all' && !FORMATS.includes(value as Format));
  if (unknown.length > 0) throw new ExportError('bad-option', `Unknown format "${unknown[0]}"`, `use one of ${FORMATS.join(', ')} or all, e.g. --format pdf,pptx`);
  let formats = asked.includes('all') || asked.length === 0 ? [...FORMATS] : FORMATS.filter((format) => asked.includes(format));
  // `npm run pdf -- --notes` printed the handout instead of the slides.
  if (notes) formats = [...new Set(formats.map((format) => (format === 'pdf' ? 'handout' : format)))];
  return formats;
}

function readScale(value: string): number {
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale < 0.25 || scale > 4) throw new ExportError('bad-option', `--scale ${value} is not a size`, 'give a number from 0.25 to 4, e.g. --scale 2 for 2560 × 1440 px');
  return scale;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}

async function main(args: string[]): Promise<number> {
  const started = performance.now();
  const root = process.cwd();
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string', multiple: true, default: [] },
      out: { type: 'string', default: 'exports' },
      scale: { type: 'string', default: '1.5' },
      dist: { type: 'string', default: 'dist' },
      notes: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(help((await import('../export/run-export.ts')).exportName));
    return 0;
  }
  const outDir = resolve(root, values.out);
  const formats = readFormats(values.format, values.notes);
  const scale = readScale(values.scale);
  // Chromium first, then the exports' modules and the loader: both take about a fifth of a second.
  const browser = needsChromium(formats) ? launchChromium() : null;
  browser?.catch(() => undefined);
  const { runExport } = await import('../export/run-export.ts');
  const files = await runExport({
    root,
    // The same folder the build reads (vite.config.ts).
    slidesDir: resolve(root, process.env.DECK_SLIDES_DIR ?? 'slides'),
    distDir: resolve(root, values.dist),
    outDir,
    formats,
    scale,
    log: (line) => console.log(line),
  }, browser);
  const shown = relative(root, outDir) || '.';
  const pngs = files.filter((file) => file.name.startsWith('png/'));
  const rows = files.filter((file) => !file.name.startsWith('png/')).map((file) => [`${shown}/${file.name}`, megabytes(file.bytes)]);
  if (pngs.length > 0) rows.push([`${shown}/png/ (${pngs.length} files)`, megabytes(pngs.reduce((sum, file) => sum + file.bytes, 0))]);
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`\nwrote ${files.length} file${files.length === 1 ? '' : 's'} in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
  for (const [name, size] of rows) console.log(`  ${name.padEnd(width)}  ${size.padStart(8)}`);
  return 0;
}

/**
 * Run the command with its arguments; errors give exit code 1 (2 for an unknown option). A mistake is printed as its message and
 * hint, without a stack; anything else is a bug, shown with its stack and a request to report it (src/cli/failure.ts).
 */
export async function run(args: string[]): Promise<number> {
  try {
    return await main(args);
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // An unknown option: exit code 2, as the other commands give (src/cli/command.ts).
      console.error(`error[bad-option]  ${(error as Error).message}\nhint: npm run export -- --help lists the options`);
      return 2;
    }
    console.error(describeFailure(error).text);
    return 1;
  }
}
