// What the exports report when they cannot finish: a stable code, a message, a hint.
export type ExportErrorCode = 'chromium-missing' | 'chromium-failed' | 'deck-errors' | 'print-view-failed' | 'slide-overflow' | 'notes-overflow' | 'page-count' | 'pptx-layout' | 'out-unwritable' | 'bad-option' | 'libreoffice-missing';

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
