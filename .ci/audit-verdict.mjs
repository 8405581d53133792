// What an `npm audit --omit=dev --json` run means for CI: pass, fail, or (only when the offline
// switch is given) skipped, each with the lines to print. Pure, so its branches have tests
// (tests/unit/audit.test.ts).

const LEVELS = ['critical', 'high', 'moderate', 'low', 'info'];
const FAILING = new Set(['critical', 'high']);
const PRINTED = new Set(['critical', 'high', 'moderate']);
const OFFLINE_HINT = 'pass --offline to skip the audit on purpose where the registry has no advisory service';

/**
 * @param {{ status: number | null, stdout: string, stderr: string }} run the npm audit process
 * @param {{ offline: boolean, hasLock: boolean }} options
 * @returns {{ exitCode: number, lines: string[] }}
 */
export function auditVerdict(run, { offline, hasLock }) {
  if (!hasLock) {
    return fail('package-lock.json is missing, so npm audit has nothing to check: run `npm install` and commit the lock.');
  }
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return notChecked(`npm audit printed no report it could read (${firstLine(run.stderr) || 'no output'})`, offline);
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    const reason = report?.message ?? report?.error?.summary ?? firstLine(run.stderr) ?? 'no details';
    return notChecked(`the advisory service could not be reached or gave no result (${reason})`, offline);
  }
  const lines = [`npm audit --omit=dev: ${LEVELS.map((level) => `${counts[level] ?? 0} ${level}`).join(', ')}`];
  const advisories = Object.entries(report.vulnerabilities ?? {}).filter(([, item]) => PRINTED.has(item?.severity));
  advisories.sort(([, a], [, b]) => LEVELS.indexOf(a.severity) - LEVELS.indexOf(b.severity));
  for (const [name, item] of advisories) lines.push(`  ${item.severity}: ${name} ${item.range ?? ''} ${advisoryTitles(item)}`.trimEnd());
  const failing = LEVELS.filter((level) => FAILING.has(level)).reduce((sum, level) => sum + (counts[level] ?? 0), 0);
  if (failing === 0) return { exitCode: 0, lines };
  lines.push('Fix with `npm audit fix --omit=dev` or by updating the package, then commit package-lock.json.');
  return { exitCode: 1, lines };
}

function notChecked(reason, offline) {
  if (offline) return { exitCode: 0, lines: [`npm audit --omit=dev: SKIPPED (--offline): ${reason}. Nothing was checked.`] };
  return fail(`npm audit --omit=dev: NOT CHECKED: ${reason}. No result is not a pass: ${OFFLINE_HINT}.`);
}

function fail(line) {
  return { exitCode: 1, lines: [line] };
}

function firstLine(text) {
  return (text ?? '').trim().split('\n')[0];
}

function advisoryTitles(item) {
  const titles = (item.via ?? []).filter((via) => typeof via === 'object' && via?.title).map((via) => `"${via.title}"${via.url ? ` ${via.url}` : ''}`);
  return titles.join('; ');
}
