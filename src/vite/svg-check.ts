// An SVG in public/ is served as a page of the site's origin: opened on its own (where no header
// sets a policy, as on GitHub Pages) its script would run there. So an SVG may draw, not act: no
// script, no event handlers, no HTML inside, nothing fetched from elsewhere. Read as the browser
// reads it, as strict XML with namespaces.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { SlideError, type Position } from '../deck/index.ts';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
const XHTML = 'http://www.w3.org/1999/xhtml';
/** Elements that run script, embed other documents or hold HTML. */
const ACTIVE = new Set(['script', 'foreignObject', 'handler', 'iframe', 'embed', 'object', 'listener']);
/** What a reference may name: a part of this same picture, or a picture inlined as data. */
const SAFE_REFERENCE = /^(#|data:image\/(png|jpeg|gif|webp|avif);)/i;
const SAFE_LINK = /^(#|https?:|mailto:)/i;
/** A url(…) or @import in CSS that reaches out of the picture. */
const CSS_FETCH = /@import|url\(\s*(?!['"]?(#|data:image\/))/i;

const HINT = 'save the picture without scripts, event handlers, embedded HTML or links to other files (e.g. "Export as plain SVG", or svgo)';

/** The first thing in an SVG's text that could run script or fetch from elsewhere, as an error; null when it only draws. */
export function checkSvg(text: string, shown: string): SlideError | null {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let problem: { message: string; at: Position } | null = null;
  let tagStart: Position = { file: shown, line: 1, column: 1 };
  let styleDepth = 0;
  const here = (): Position => ({ file: shown, line: parser.line, column: parser.column + 1 });
  const refuse = (message: string, at = here()) => {
    problem ??= { message, at };
  };

  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) refuse('The SVG declares its own entities (a DOCTYPE with "[…]"), which can hide markup');
  });
  parser.on('processinginstruction', ({ target }) => refuse(`The SVG has a processing instruction "<?${target}"`));
  parser.on('opentagstart', (tag) => (tagStart = { file: shown, line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1), length: tag.name.length + 1 }));
  parser.on('opentag', (tag: SaxesTagNS) => {
    if ((ACTIVE.has(tag.local) && (tag.uri === SVG || tag.uri === '')) || tag.uri === XHTML) {
      refuse(`The SVG has a <${tag.name}> element, which ${tag.local === 'script' ? 'runs script' : 'can embed other content'}`, tagStart);
    }
    for (const attribute of Object.values(tag.attributes)) {
      const value = attribute.value.trim();
      const isReference = attribute.local === 'href' && (attribute.uri === '' || attribute.uri === XLINK);
      if (/^on/i.test(attribute.local)) refuse(`The SVG's <${tag.name}> has an event handler "${attribute.name}", which runs script`, tagStart);
      else if (isReference && !(SAFE_REFERENCE.test(value) || (tag.local === 'a' && SAFE_LINK.test(value)))) refuse(`The SVG's <${tag.name}> refers to "${value.slice(0, 60)}", outside the picture`, tagStart);
      else if (attribute.local === 'style' && CSS_FETCH.test(value)) refuse(`The SVG's <${tag.name}> has a style that fetches from elsewhere`, tagStart);
      else if (attribute.local === 'attributeName' && /^(on|href$)/i.test(value)) refuse(`The SVG's <${tag.name}> animates "${value}", which can run script`, tagStart);
    }
    if (tag.local === 'style') styleDepth++;
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'style') styleDepth--;
  });
  const checkCss = (css: string) => {
    if (styleDepth > 0 && CSS_FETCH.test(css)) refuse('The SVG has a style sheet that fetches from elsewhere (@import or url())');
  };
  parser.on('text', checkCss);
  parser.on('cdata', checkCss);
  try {
    parser.write(text).close();
  } catch (error) {
    // A browser shows a picture that is not well-formed XML only up to the mistake: refuse it whole.
    refuse(`The SVG is not well-formed XML: ${(error as Error).message.replace(/^[^:]*:\d+:\d+: /, '')}`);
  }
  if (!problem) return null;
  const { message, at } = problem as { message: string; at: Position };
  return new SlideError('unsafe-picture', at, message, HINT);
}
