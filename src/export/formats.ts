// What `npm run export` can make, and which of those need Chromium (all but the PowerPoint file).
export const FORMATS = ['pdf', 'handout', 'png', 'pptx'] as const;
export type Format = (typeof FORMATS)[number];

export function needsChromium(formats: readonly Format[]): boolean {
  return formats.some((format) => format !== 'pptx');
}
