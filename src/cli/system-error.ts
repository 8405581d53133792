// A build that fails because of the machine (a full disk, a read-only folder) says so in one line:
// the stack Vite prints for such an error points into Vite, not at anything the author can change.

const MEANINGS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the folder is on a read-only file system',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

/** The one line for a build's error output that shows a system error, or null when it shows none. */
export function systemErrorLine(output: string, outDir: string): string | null {
  const match = /\b(ENOSPC|EDQUOT|EROFS|EACCES|EPERM|EMFILE|EIO)\b[^\n]*?(?:'([^'\n]+)')?(?: -> '([^'\n]+)')?$/m.exec(output);
  if (!match) return null;
  const [, code, path, target] = match;
  const where = target ?? path;
  return `The build could not write ${outDir}/: ${MEANINGS[code]} (${code}${where ? ` at ${where}` : ''}). Fix that and build again.`;
}
