// The high-contrast projector mode (X, or ?kontrast; src/client/accessibility/high-contrast.ts):
// for a washed-out projector in a bright room, every slide black on white, no photo or colour
// behind text. Black on white is 21:1; nothing else is left to fall under 4.5:1.
export const highContrastCss = `
html.high-contrast .reveal-viewport,
html.high-contrast body { background: var(--deck-white); }
html.high-contrast .reveal .backgrounds,
html.high-contrast .reveal .slide-background { display: none; }
html.high-contrast .reveal .slides section {
  background: var(--deck-white) !important;
}
html.high-contrast .reveal .slides section,
html.high-contrast .reveal .slides section * {
  color: var(--deck-black) !important;
  background-color: transparent !important;
  background-image: none !important;
  border-color: var(--deck-black) !important;
  text-shadow: none !important;
  box-shadow: none !important;
  opacity: 1;
}
html.high-contrast .reveal .slides section svg text { fill: var(--deck-black) !important; }
html.high-contrast .reveal .slides section a { text-decoration: underline !important; }
html.high-contrast .reveal .slide-number { background: var(--deck-black); color: var(--deck-white); }
html.high-contrast .reveal .controls,
html.high-contrast .reveal .progress { color: var(--deck-black) !important; }
`;
