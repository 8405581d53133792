// ?kontrast keeps a window in high contrast, whatever the talk's other windows say (high-contrast.ts).
export const CONTRAST_PARAM = 'kontrast';

/** Whether the page's address asks for high contrast (?kontrast). */
export function isContrastForced(search = location.search): boolean {
  return new URLSearchParams(search).has(CONTRAST_PARAM);
}
