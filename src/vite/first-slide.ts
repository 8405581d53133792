// Which slide paints first, before any script runs (src/theme/first-paint.css): the first slide
// carries the class reveal.js gives the slide shown, and reveal.js takes the class over when it
// starts; its pictures are fetched at once, not when reveal.js comes to them (src/deck/picture.ts).
// A link to a slide (#/slide-id) paints that slide instead: each slide holds a hidden marker whose
// id is the link's fragment ("/slide-id"), which CSS finds with :target; no script is needed.

const FIRST_SECTION_CLASS = /^(\s*<section\b[^>]*?\bclass=")([^"]*)"/;
const LAZY_ATTRIBUTE = /(<(?:img|source)\b[^>]*?\s)data-(src|srcset)="/g;
// The renderer escapes attribute values, so the first ">" ends the tag.
const SECTION_WITH_ID = /<section\b[^>]*?\bid="([^"]+)"[^>]*>/g;

export function presentFirstSlide(sectionsHtml: string): string {
  const end = sectionsHtml.indexOf('</section>') + '</section>'.length;
  const first = sectionsHtml.slice(0, end).replace(FIRST_SECTION_CLASS, (_whole, start: string, classes: string) => `${start}${classes} present"`);
  return first.replace(LAZY_ATTRIBUTE, (_whole, start: string, name: string) => `${start}${name}="`) + sectionsHtml.slice(end);
}

/** Each slide gets its link's marker, first inside it (reveal.js finds the slide by its own id). */
export function markLinkTargets(sectionsHtml: string): string {
  return sectionsHtml.replace(SECTION_WITH_ID, (tag, id: string) => `${tag}<span id="/${id}" hidden></span>`);
}
