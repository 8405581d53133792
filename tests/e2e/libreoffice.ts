// LibreOffice Impress, headless, as the check of our PowerPoint files: one conversion to PDF,
// with a profile of its own (two conversions on one profile fail on its lock).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const INSTALL_HINT = 'install it: apt-get install --no-install-recommends libreoffice-impress fonts-inter (.ci/run does)';

/** Convert a .pptx to PDF in `outDir`; the PDF's path. A clear error when soffice is missing or fails. */
export function convertToPdf(pptx: string, outDir: string, profileDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const result = spawnSync('soffice', [`-env:UserInstallation=file://${resolve(profileDir)}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, pptx], { encoding: 'utf8', timeout: 180_000 });
  if (result.error) throw new Error(`LibreOffice (soffice) could not run: ${result.error.message}; ${INSTALL_HINT}`);
  if (result.status !== 0) throw new Error(`LibreOffice failed on ${pptx} (exit ${result.status}): ${result.stderr}`);
  return join(outDir, basename(pptx).replace(/\.pptx$/, '.pdf'));
}

/** Whether fonts-inter is installed: without it LibreOffice sets the slides in another font. */
export function hasInter(): boolean {
  return /Inter/.test(spawnSync('fc-list', [':family=Inter'], { encoding: 'utf8' }).stdout ?? '');
}
