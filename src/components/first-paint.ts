// A layout's background before reveal.js starts: reveal draws slide backgrounds with JavaScript,
// so a layout that has one also paints it in CSS while its slide is the first one shown.

/** CSS for the whole window behind the first slide, while reveal.js has not started. */
export function firstPaintBackground(layout: string, declarations: string): string {
  return `
    @media screen and (scripting: enabled) {
      .reveal:not(.ready):has(> .slides > section.present.layout-${layout}) { ${declarations} }
    }
  `;
}
