// Why a command failed, in the words its user needs: an author's mistake as its message and hint,
// with no stack; anything else is a bug, shown whole, with a request to report it.
import { DECK_PLUGIN_NAME } from '../vite/plugin-names.ts';

/** A mistake the user can fix (a missing file, an unknown option value, uncommitted changes): no stack. */
export class AuthorError extends Error {
  override name = 'AuthorError';

  constructor(
    readonly code: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** A failure after which the command says what it left behind, e.g. "dist/ is left as it was". */
export class FailedRun extends Error {
  override name = 'FailedRun';

  constructor(
    readonly reason: unknown,
    readonly outcome: string,
  ) {
    super(outcome);
  }
}

export const BUG_REPORT = "This is a bug in the deck's tools, not a mistake in your slides: please report it, with the output above.";

export interface Failure {
  /** Whether the user caused it (and can fix it) rather than the code. */
  author: boolean;
  text: string;
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof FailedRun) {
    const inner = describeFailure(error.reason);
    return { author: inner.author, text: `${inner.text}\n\n${error.outcome}` };
  }
  const message = authorMessage(error);
  if (message !== null) return { author: true, text: message };
  const shown = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  return { author: false, text: `${shown}\n\n${BUG_REPORT}` };
}

function authorMessage(error: unknown): string | null {
  // A failed Vite build gathers its plugins' errors; the deck's say file, line, column and hint already.
  const gathered = (error as { errors?: unknown } | null)?.errors;
  if (Array.isArray(gathered) && gathered.length > 0 && gathered.every(isDeckError)) return gathered.map((inner) => inner.message).join('\n\n');
  if (isDeckError(error)) return error.message;
  if (hasHint(error)) return `error[${error.code}]  ${error.message}\nhint: ${error.hint}`;
  return null;
}

/** The deck plugin's report of mistakes in the slides: always with the place of the first one. */
function isDeckError(error: unknown): error is Error {
  return error instanceof Error && (error as { plugin?: string }).plugin === DECK_PLUGIN_NAME && typeof (error as { loc?: unknown }).loc === 'object';
}

/** The project's own errors for users (AuthorError, ExportError, the settings' errors): a code and a hint. */
function hasHint(error: unknown): error is Error & { code: string; hint: string } {
  return error instanceof Error && typeof (error as { hint?: unknown }).hint === 'string' && typeof (error as { code?: unknown }).code === 'string';
}
