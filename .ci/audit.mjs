// CI step: `npm audit --omit=dev` must report no high or critical advisory for what the published
// site ships; moderate ones are printed. An advisory service that cannot be reached, or a report
// that cannot be read, fails the step: no result is not a pass. `--offline` skips it on purpose,
// for machines whose registry has no advisory service, and says so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { auditVerdict } from './audit-verdict.mjs';

const offline = process.argv.includes('--offline');
const hasLock = existsSync('package-lock.json');
const run = hasLock ? spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' }) : { status: null, stdout: '', stderr: '' };
const { exitCode, lines } = auditVerdict(run, { offline, hasLock });
for (const line of lines) console.log(line);
process.exit(exitCode);
