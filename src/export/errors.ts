// What the PDF export reports when it cannot finish: a stable code, a message, a hint, in Swedish.
export type ExportErrorCode = 'chromium-missing' | 'chromium-failed' | 'deck-errors' | 'print-view-failed' | 'slide-overflow' | 'notes-overflow' | 'page-count';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export function formatExportError(error: ExportError): string {
  return `fel[${error.code}]  ${error.message}\ntips: ${error.hint}`;
}
