// One build at a time per output folder: two builds at once would swap each other's folders away.
// The lock is a file beside dist/ naming the process that holds it; a lock whose process is gone
// (killed, the machine restarted) is taken over.
import { openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface BuildLock {
  release(): void;
}

/** Thrown when another live build holds the lock; its message is the one line to print. */
export class BuildLockedError extends Error {
  override name = 'BuildLockedError';
  readonly code = 'build-locked';
  readonly hint = 'one build at a time: wait for the other to end (or stop it), then build again';
}

/** Where the lock of an output folder lives: ".dist.lock" beside "dist". */
export function lockPathOf(outDir: string): string {
  const final = resolve(outDir);
  return join(dirname(final), `.${basename(final)}.lock`);
}

/** Take the lock of `outDir`, or throw BuildLockedError naming the build that holds it. */
export function takeBuildLock(outDir: string): BuildLock {
  const path = lockPathOf(outDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return holding(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readLock(path), 10);
    if (isAlive(holder)) {
      throw new BuildLockedError(`Another build (process ${holder}) is writing ${outDir}/: wait for it to finish, or stop it, then build again.`);
    }
    // Its process is gone: the lock is stale.
    rmSync(path, { force: true });
  }
  throw new BuildLockedError(`Another build took the lock of ${outDir}/ at the same moment: build again when it is done.`);
}

function holding(path: string): BuildLock {
  const release = () => {
    if (readLock(path).trim() === String(process.pid)) rmSync(path, { force: true });
  };
  process.once('exit', release);
  return {
    release() {
      release();
      process.off('exit', release);
    },
  };
}

function readLock(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it lives, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
