// Types of audit-verdict.mjs, for the tests that import it.
export function auditVerdict(
  run: { status: number | null; stdout: string; stderr: string },
  options: { offline: boolean; hasLock: boolean },
): { exitCode: number; lines: string[] };
