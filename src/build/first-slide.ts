// The first slide carries the class reveal.js gives the slide shown, so the page's CSS paints it
// before any script runs (src/theme/first-paint.css); reveal.js takes the class over when it starts.
// Its pictures are fetched at once, not when reveal.js comes to them (src/deck/picture.ts).

const FIRST_SECTION_CLASS = /^(\s*<section\b[^>]*?\bclass=")([^"]*)"/;
const LAZY_ATTRIBUTE = /(<(?:img|source)\b[^>]*?\s)data-(src|srcset)="/g;

export function presentFirstSlide(sectionsHtml: string): string {
  const end = sectionsHtml.indexOf('</section>') + '</section>'.length;
  const first = sectionsHtml.slice(0, end).replace(FIRST_SECTION_CLASS, (_whole, start: string, classes: string) => `${start}${classes} present"`);
  return first.replace(LAZY_ATTRIBUTE, (_whole, start: string, name: string) => `${start}${name}="`) + sectionsHtml.slice(end);
}
