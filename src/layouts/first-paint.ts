// A layout's background before reveal.js starts: reveal draws slide backgrounds with JavaScript,
// so a layout that has one also paints it in CSS while its slide is the first one shown: the first
// slide (.present), or the one a link names (its marker is the :target, src/theme/first-paint.ts).

import { BEFORE_REVEAL } from '../theme/first-paint.ts';

/** CSS for the whole window behind the first slide shown, while reveal.js has not started. */
export function firstPaintBackground(layout: string, declarations: string): string {
  return `
    @media screen and (scripting: enabled) {
      ${BEFORE_REVEAL}:not(:has(> .slides > section > :target)):has(> .slides > section.present.layout-${layout}),
      ${BEFORE_REVEAL}:has(> .slides > section.layout-${layout} > :target) { ${declarations} }
    }
  `;
}
