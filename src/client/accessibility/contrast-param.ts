// ?kontrast keeps a window in high contrast, whatever the talk's other windows say (high-contrast.ts).
export const CONTRAST_PARAM = 'kontrast';
