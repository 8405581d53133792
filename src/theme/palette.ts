// Slide background colours, for reveal.js's data-background-color, which must be a
// literal colour so reveal can tell dark from light. They match src/theme/tokens.css.
export const palette = {
  navy: '#0b1f4d',
  blue: '#0a5bd8',
  deepBlue: '#0a3d91',
} as const;
