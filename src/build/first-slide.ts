// The first slide carries the class reveal.js gives the slide shown, so the page's CSS paints it
// before any script runs (src/theme/first-paint.css); reveal.js takes the class over when it starts.

const FIRST_SECTION_CLASS = /^(\s*<section\b[^>]*?\bclass=")([^"]*)"/;

export function presentFirstSlide(sectionsHtml: string): string {
  return sectionsHtml.replace(FIRST_SECTION_CLASS, (_whole, start: string, classes: string) => `${start}${classes} present"`);
}
