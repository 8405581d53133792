// The commands' shared manners: --help, a refused option, an author's mistake without a stack, a bug
// with one, and a summary line; and every real command answers --help without doing its work.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runCommand, type OptionSpec } from '../../src/cli/command.ts';
import { AuthorError, BUG_REPORT, FailedRun } from '../../src/cli/failure.ts';

const spec = {
  name: 'npm run demo',
  about: 'Does a demonstration.',
  options: { out: { type: 'string', default: 'ut', flag: '--out <file>', text: 'where it goes' } } satisfies Record<string, OptionSpec>,
} as const;

/** Run a command in this process and catch what it prints and its exit code. */
async function run(argv: string[], work: () => Promise<{ summary: string | null }>): Promise<{ out: string; err: string; code: number | undefined }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  process.exitCode = undefined;
  await runCommand(spec, work, argv);
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { out: out.join('\n'), err: err.join('\n'), code };
}

const STACK_LINE = /^\s+at /m;

afterEach(() => vi.restoreAllMocks());

describe('a command', () => {
  test('--help prints its usage and does no work', async () => {
    const work = vi.fn(async () => ({ summary: 'wrote x' }));
    const { out, code } = await run(['--help'], work);
    expect(out).toBe('Usage: npm run demo -- [options]\n\nDoes a demonstration.\n\nOptions:\n  --out <file>  where it goes\n  -h, --help    show this text');
    expect(code).toBeUndefined();
    expect(work).not.toHaveBeenCalled();
  });

  test('an unknown option is refused with a pointer to --help, exit code 2, no stack', async () => {
    const { err, code } = await run(['--uot', 'x'], async () => ({ summary: 'wrote x' }));
    expect(err).toBe('error: Unknown option \'--uot\'\n\nRun "npm run demo -- --help" for its options.');
    expect(code).toBe(2);
  });

  test('ends with its summary and how long it took', async () => {
    const { out, code } = await run(['--out', 'fil.txt'], async () => ({ summary: 'wrote fil.txt (3 kB)' }));
    expect(out).toMatch(/^wrote fil\.txt \(3 kB\) in \d+\.\d s$/);
    expect(code).toBeUndefined();
  });

  test("an author's mistake is its message and hint, then what was left as it was; no stack", async () => {
    const mistake = new AuthorError('missing-title', 'The new talk needs a title', 'give it in quotes');
    const { err, code } = await run([], async () => {
      throw new FailedRun(mistake, 'Nothing was written.');
    });
    expect(err).toBe('error[missing-title]  The new talk needs a title\nhint: give it in quotes\n\nNothing was written.');
    expect(err).not.toMatch(STACK_LINE);
    expect(code).toBe(1);
  });

  test('a bug shows its stack and asks to be reported', async () => {
    const { err, code } = await run([], async () => {
      throw new TypeError('Cannot read properties of undefined');
    });
    expect(err).toMatch(/^TypeError: Cannot read properties of undefined\n\s+at /);
    expect(err.endsWith(BUG_REPORT)).toBe(true);
    expect(code).toBe(1);
  });
});

const exec = promisify(execFile);

test('every command answers --help with its usage, and does nothing else', { timeout: 60_000 }, async () => {
  const tsx = resolve('node_modules/.bin/tsx');
  // As package.json runs them (`npm run pdf` is `npm run export -- --format pdf`).
  const commands: [string, string, string[]][] = [
    ['npm run build', 'node', ['src/cli/launch.mjs', 'build']],
    ['npm run export', 'node', ['src/cli/launch.mjs', 'export']],
    ['npm run bench', tsx, ['bench/bench.ts']],
    ['npm run new', tsx, ['src/cli/new.ts']],
    ['npm run dev', 'node', ['src/cli/launch.mjs', 'serve', 'dev']],
    ['npm run preview', 'node', ['src/cli/launch.mjs', 'serve', 'preview']],
    ['npm run present', 'node', ['src/cli/launch.mjs', 'present']],
  ];
  // Run in an empty folder, which a build or a new talk would write into: the browser tests may be
  // building in the project's own folder at the same time (npm test).
  const cwd = mkdtempSync(join(tmpdir(), 'deck-help-'));
  try {
    const results = await Promise.all(commands.map(([, program, [script, ...args]]) => exec(program, [resolve(script), ...args, '--help'], { cwd, encoding: 'utf8' })));
    results.forEach(({ stdout, stderr }, index) => {
      const [name] = commands[index];
      expect(stdout.split('\n')[0], name).toMatch(new RegExp(`^Usage: ${name}( |$)`));
      expect(stdout, name).toContain('  -h, --help');
      expect(stderr, name).toBe('');
    });
    // No build started, no talk made: nothing written.
    expect(readdirSync(cwd)).toEqual([]);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});
