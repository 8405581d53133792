// The CI audit (.ci/audit.mjs): no result is not a pass. Its verdicts, and the script itself run
// against a stand-in `npm` that answers as an unreachable service or with output no one can read.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { auditVerdict } from '../../.ci/audit-verdict.mjs';

const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({ vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });
const run = (stdout: string, stderr = '') => ({ status: 1, stdout, stderr });
const online = { offline: false, hasLock: true };

describe('the audit verdict', () => {
  test('an unreachable service fails, unless --offline skips it on purpose and says so', () => {
    const unreachable = run(JSON.stringify({ message: '405 Method Not Allowed', error: { summary: '' } }));
    expect(auditVerdict(unreachable, online)).toEqual({ exitCode: 1, lines: [expect.stringMatching(/NOT CHECKED: the advisory service could not be reached.*\(405 Method Not Allowed\).*--offline/)] });
    expect(auditVerdict(unreachable, { ...online, offline: true })).toEqual({ exitCode: 0, lines: [expect.stringMatching(/SKIPPED \(--offline\).*Nothing was checked/)] });
  });

  test('output that is not a report fails', () => {
    expect(auditVerdict(run('<html>proxy error</html>', 'npm error network'), online).exitCode).toBe(1);
    expect(auditVerdict(run('', ''), online).lines[0]).toContain('printed no report it could read (no output)');
  });

  test('a missing lock fails, offline or not', () => {
    expect(auditVerdict(run(''), { offline: true, hasLock: false })).toEqual({ exitCode: 1, lines: [expect.stringContaining('package-lock.json is missing')] });
  });

  test('moderate advisories are printed and pass; high and critical fail', () => {
    const moderate = { 'reveal.js': { severity: 'moderate', range: '<6.0.2', via: [{ title: 'XSS in the postMessage API', url: 'https://example.org/advisory' }] } };
    const passing = auditVerdict(run(report(moderate, { moderate: 1 })), online);
    expect(passing.exitCode).toBe(0);
    expect(passing.lines).toEqual(['npm audit --omit=dev: 0 critical, 0 high, 1 moderate, 0 low, 0 info', '  moderate: reveal.js <6.0.2 "XSS in the postMessage API" https://example.org/advisory']);
    const high = auditVerdict(run(report({ ...moderate, vite: { severity: 'high', range: '<8', via: ['esbuild'] } }, { moderate: 1, high: 1 })), online);
    expect(high.exitCode).toBe(1);
    expect(high.lines.slice(1, 3)).toEqual(['  high: vite <8', expect.stringContaining('  moderate: reveal.js')]);
  });
});

describe('the audit script', () => {
  const bin = mkdtempSync(join(tmpdir(), 'deck-npm-'));
  afterAll(() => rmSync(bin, { recursive: true, force: true }));
  /** Run .ci/audit.mjs with an `npm` that prints `stdout` and fails. */
  const audit = (stdout: string, args: string[] = [], cwd = process.cwd()) => {
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\nprintf '%s' '${stdout}'\necho 'npm error audit endpoint returned an error' >&2\nexit 1\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    return spawnSync(process.execPath, [resolve('.ci/audit.mjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` } });
  };

  test('fails on an unreachable service and on unreadable output; --offline passes and says it checked nothing', () => {
    const unreachable = audit('{"message": "getaddrinfo ENOTFOUND"}');
    expect(unreachable.status).toBe(1);
    expect(unreachable.stdout).toContain('NOT CHECKED');
    expect(audit('not json').status).toBe(1);
    const skipped = audit('{"message": "getaddrinfo ENOTFOUND"}', ['--offline']);
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain('SKIPPED (--offline)');
  });

  test('fails without a lock', () => {
    const empty = mkdtempSync(join(tmpdir(), 'deck-nolock-'));
    try {
      const result = audit('{}', ['--offline'], empty);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('package-lock.json is missing');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
