// Helpers for the PDF journeys: run `npm run pdf`, read the PDF with poppler's tools, compare pictures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { decodePng, writePng, type Pixels } from '../png.ts';
import { exportName } from '../../src/export/run-export.ts';

export const PDF_OUTPUT_DIR = 'tests/output/pdf';

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run export -- <args>` (`npm run pdf` is `--format pdf`), as a person runs it, without npm's banner. */
export function runExport(args: string[], env: Record<string, string> = {}): CommandResult {
  const result = spawnSync('node', ['src/cli/launch.mjs', 'export', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The export's file names, after the talk's title in src/talk.config.ts (den-regionala-digitaliseringen.pdf …). */
export const EXPORTED = {
  pdf: exportName('pdf'),
  handout: exportName('handout'),
  pptx: exportName('pptx'),
} as const;

function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout;
}

/** pdfinfo's "Key: value" lines; with `pages`, also "Page    3 size" lines. */
export function pdfInfo(file: string, pages?: number): Map<string, string> {
  const args = pages ? ['-f', '1', '-l', String(pages), file] : [file];
  return new Map(poppler('pdfinfo', args).split('\n').flatMap((line) => {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    return match ? [[match[1].trim(), match[2]] as [string, string]] : [];
  }));
}

/** Page `page`'s text (1-based), with runs of white space as one space; `raw` in the order the PDF draws it (box by box). */
export function pdfPageText(file: string, page: number, raw = false): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), '-f', String(page), '-l', String(page), file, '-']).replace(/\s+/g, ' ').trim();
}

/** pdffonts' table: each font's name and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean).map((line) => {
    const columns = line.trim().split(/\s+/);
    // name, type…, encoding, emb, sub, uni, object, id: "emb" is the fifth column from the end.
    return { name: columns[0], embedded: columns.at(-5) === 'yes' };
  });
}

/** Every page of a PDF as PNG files, by one pdftoppm: `<dir>/page-01.png` … (as many digits as the page count needs); their paths. */
export function renderPdfPages(file: string, dir: string, dpi: number): string[] {
  mkdirSync(dir, { recursive: true });
  poppler('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
  return readdirSync(dir).filter((name) => /^page-\d+\.png$/.test(name)).sort().map((name) => join(dir, name));
}

/** Page `page` (1-based) of a PDF drawn into a PNG file at 96 dpi, where one CSS px of the slide is one pixel. */
export function savePdfPage(file: string, page: number, png: string): void {
  mkdirSync(dirname(png), { recursive: true });
  poppler('pdftoppm', ['-r', '96', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, png.replace(/\.png$/, '')]);
}

/** savePdfPage, and the page's pixels to compare. */
export async function renderPdfPage(file: string, page: number, png: string): Promise<Pixels> {
  savePdfPage(file, page, png);
  return decodePng(png);
}

/** Share of pixels that differ beyond anti-aliasing; writes a picture of the differences. */
export async function differingShare(expected: Pixels, actual: Pixels, diffPng: string): Promise<number> {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    throw new Error(`sizes differ: ${expected.width}×${expected.height} and ${actual.width}×${actual.height}`);
  }
  const diff = { width: expected.width, height: expected.height, data: Buffer.alloc(expected.data.length) };
  const count = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: 0.2 });
  await writePng(diffPng, diff);
  return count / (expected.width * expected.height);
}

/** Upper case the Swedish way, white space collapsed: how headings compare with a PDF's text. */
export function comparable(text: string): string {
  return text.toLocaleUpperCase('sv').replace(/\s+/g, ' ').trim();
}
