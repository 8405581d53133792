// dist/ is always the last good site or the new one, whatever is killed when; one build at a time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { BuildLockedError, lockPathOf, takeBuildLock } from '../../src/cli/build-lock.ts';
import { discard, prepareSwap, swapIn } from '../../src/vite/folder-swap.ts';

const OLD = '<p>förra bygget</p>';
const NEW = '<p>nya bygget</p>';
// 'moved-folder' happens only to a dist/ folder from before links, tested on its own below.
const STEPS = ['writing', 'linked', 'swapped', 'cleaned'] as const;

// The child as plain JavaScript, so each of the many kills costs a Node start and no more.
let childDir: string;
beforeAll(() => {
  childDir = mkdtempSync(join(tmpdir(), 'deck-swap-child-'));
  const compile = (from: string, to: string) => {
    const { outputText } = ts.transpileModule(readFileSync(from, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(join(childDir, to), outputText.replace(/'[./]*src\/vite\/folder-swap\.ts'/, "'./folder-swap.mjs'"));
  };
  compile('src/vite/folder-swap.ts', 'folder-swap.mjs');
  compile('tests/unit/swap-child.ts', 'swap-child.mjs');
});
afterAll(() => rmSync(childDir, { recursive: true, force: true }));

let work: string;
const dist = () => join(work, 'dist');
const page = () => readFileSync(join(dist(), 'index.html'), 'utf8');

/** The swap in a process of its own (tests/unit/swap-child.ts), killed with SIGKILL at `step`. */
function swapKilledAt(step: string): void {
  const child = spawnSync(process.execPath, [join(childDir, 'swap-child.mjs'), dist(), step, NEW], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
}

/** A build that succeeds, in this process. */
function build(content: string): void {
  const swap = prepareSwap(dist());
  mkdirSync(swap.building);
  writeFileSync(join(swap.building, 'index.html'), content);
  swapIn(swap);
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'deck-swap-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the swap, killed at each step', () => {
  test.each(STEPS)('at "%s": dist/ is the last good site or the new one, and the next build tidies up', (step) => {
    build(OLD);
    swapKilledAt(step);
    expect([OLD, NEW]).toContain(page());
    // The next build finds what the killed one left, and leaves only its own.
    build(NEW);
    expect(page()).toBe(NEW);
    expect(readdirSync(work).filter((name) => !name.startsWith('.dist.build-'))).toEqual(['dist']);
    expect(readdirSync(work).filter((name) => name.startsWith('.dist.build-'))).toHaveLength(1);
  });

  test.each(['moved-folder', 'linked'])('at "%s" while a dist/ folder from before is moved: the next build has the last good site or the new one', (step) => {
    mkdirSync(dist());
    writeFileSync(join(dist(), 'index.html'), OLD);
    swapKilledAt(step);
    const swap = prepareSwap(dist());
    expect([OLD, NEW]).toContain(page());
    discard(swap);
  });

  test('a good copy left by an older build while it swapped (".dist-old-<pid>", no dist/) is restored, not deleted by a failing build', () => {
    mkdirSync(join(work, '.dist-old-4242'));
    writeFileSync(join(work, '.dist-old-4242/index.html'), OLD);
    mkdirSync(join(work, '.dist-building-4242'));
    const failing = prepareSwap(dist());
    discard(failing);
    expect(page()).toBe(OLD);
    expect(existsSync(join(work, '.dist-building-4242'))).toBe(false);
  });
});

describe('the build lock', () => {
  test('a second build while one holds the lock is refused with a message; after release, or when its process is gone, it goes ahead', () => {
    const first = takeBuildLock(dist());
    expect(() => takeBuildLock(dist())).toThrow(BuildLockedError);
    expect(() => takeBuildLock(dist())).toThrow(`Another build (process ${process.pid}) is writing ${dist()}/`);
    first.release();
    expect(existsSync(lockPathOf(dist()))).toBe(false);
    // A lock whose process died (killed before it could release it) is stale.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(lockPathOf(dist()), `${gone}\n`);
    takeBuildLock(dist()).release();
  });
});
