// The export's files are written into a folder beside their place and moved in only when every
// format succeeded: a failed run leaves the output folder as it was, nothing half-written.
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ExportError } from './errors.ts';

export interface WrittenFile {
  /** Relative to the output folder, e.g. "png/01-den-regionala-digitaliseringen.png". */
  name: string;
  bytes: number;
}

export class Output {
  readonly written: WrittenFile[] = [];
  private readonly staging: string;

  constructor(
    readonly dir: string,
    distDir: string,
  ) {
    const path = relative(resolve(distDir), resolve(dir));
    if (path === '' || (!path.startsWith('..') && !isAbsolute(path))) {
      throw new ExportError('out-unwritable', `The output folder ${dir} is inside the site's folder ${distDir}, which is published and emptied by every build`, 'choose another folder with --out, e.g. --out exports');
    }
    try {
      mkdirSync(dir, { recursive: true });
      this.staging = mkdtempSync(join(dir, '.export-'));
    } catch (error) {
      throw new ExportError('out-unwritable', `Cannot write into the output folder ${dir}: ${(error as Error).message}`, 'choose a folder you may write to with --out DIR, or fix its permissions');
    }
  }

  write(name: string, bytes: Uint8Array): void {
    const file = join(this.staging, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    this.written.push({ name, bytes: bytes.length });
  }

  /** Move the new files into place: each top-level file or folder replaces the old one. */
  commit(): void {
    const tops = [...new Set(this.written.map((file) => file.name.split('/')[0]))];
    for (const top of tops) {
      const target = join(this.dir, top);
      if (exists(target)) rmSync(target, { recursive: true, force: true });
      renameSync(join(this.staging, top), target);
    }
    this.discard();
  }

  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
