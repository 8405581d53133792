// Check the pictures and links written in a slide's Markdown body.
import type { LayoutContext } from '../components/layout.ts';
import { inlineChildren } from './tokens.ts';
import type { Position, Token } from './types.ts';

// Web, e-mail and phone links, and links within the page; never javascript:, data: or the like.
const SAFE_LINK = /^(https?:|mailto:|tel:|#)/i;

/** A link to another slide (`#/slide-id`), checked once every id is known. */
export interface InternalLink {
  target: string;
  at: Position;
}

export function checkBodyMedia(tokens: Token[], ctx: LayoutContext, toPosition: (token: Token) => Position): InternalLink[] {
  const links: InternalLink[] = [];
  for (const { child, parent } of inlineChildren(tokens)) {
    if (child.type === 'image') {
      const src = String(child.attrGet('src') ?? '');
      const at = findInBlock(ctx, parent, `](${src}`, toPosition(parent), 2);
      const alt = (child.children ?? []).map((part) => part.content).join('').trim();
      if (!alt) ctx.error('missing-alt', 'This picture has no alt text', 'describe the picture in Swedish between the brackets: ![Beskrivning](bild.svg)', at);
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
        ctx.error('image-not-found', `The picture "${src}" is not a local file`, 'copy the picture into public/images/ and use its file name; the deck makes no request to other hosts', at);
      } else {
        child.attrSet('src', ctx.image(decodeURIComponent(src), at));
      }
    }
    if (child.type === 'link_open') {
      const href = String(child.attrGet('href') ?? '');
      if (!SAFE_LINK.test(href)) {
        const at = findInBlock(ctx, parent, `](${href}`, toPosition(parent), 2);
        ctx.error('unsafe-link', `The link "${href}" uses a scheme a slide may not link with`, 'link with https:, http:, mailto: or tel:, or to a slide with #/slide-id', at);
      }
      if (href.startsWith('#/')) links.push({ target: href.slice(2), at: findInBlock(ctx, parent, `](${href}`, toPosition(parent), 2) });
    }
  }
  return links;
}

/** Where `needle` stands in the lines of a block, pointing past `skip` characters. */
function findInBlock(ctx: LayoutContext, block: Token, needle: string, fallback: Position, skip: number): Position {
  const [first, end] = block.map ?? [0, 0];
  const lines = ctx.raw.body.text.split('\n');
  for (let index = first; index < end; index++) {
    const column = lines[index].indexOf(needle);
    if (column !== -1) {
      return { file: ctx.raw.file, line: ctx.raw.body.line + index, column: column + skip + 1, length: needle.length - skip };
    }
  }
  return fallback;
}
