// Check the pictures and links written in Markdown: a slide's body and its speaker notes obey the same rules.
import type { LayoutContext } from './types.ts';
import { md } from './markdown.ts';
import type { SlidePictureMeta } from './picture.ts';
import { inlineChildren } from './tokens.ts';
import { checkInlineEntities } from './entity-check.ts';
import { findInvisible, invisibleHint } from './invisible.ts';
import { blockPosition, positionIn, type MarkdownSource } from './source.ts';
import type { Position, Token } from './types.ts';

// Web, e-mail and phone links, and links within the page; never javascript:, data: or the like.
const SAFE_LINK = /^(https?:|mailto:|tel:|#)/i;

/** A link to another slide (`#/slide-id`), checked once every id is known. */
export interface InternalLink {
  target: string;
  at: Position;
}

/** What checking needs of the slide: reporting, and finding pictures. */
export type MediaContext = Pick<LayoutContext, 'error' | 'image' | 'photo'>;

/**
 * Check every picture and link in the tokens: pictures from the pictures folder only, with alt
 * text; links with safe schemes. `slidePictures` marks a picture for the slide's lazy <picture>
 * (src/deck/picture.ts); the notes' pictures stay plain <img>s, shown at once in the presenter view.
 */
export function checkMedia(tokens: Token[], source: MarkdownSource, ctx: MediaContext, { slidePictures }: { slidePictures: boolean }): InternalLink[] {
  const links: InternalLink[] = [];
  // How often each target came before in the same block, so the second of two
  // equal pictures on one line is reported at the second.
  let seen = new Map<string, number>();
  let block: Token | null = null;
  const locate = (parent: Token, target: string): Position => {
    if (parent !== block) [block, seen] = [parent, new Map()];
    const nth = seen.get(target) ?? 0;
    seen.set(target, nth + 1);
    return findTarget(source, parent, target, nth);
  };
  for (const { child, parent } of inlineChildren(tokens)) {
    if (child.type === 'image') {
      const src = String(child.attrGet('src') ?? '');
      const at = locate(parent, src);
      const alt = (child.children ?? []).map((part) => part.content).join('').trim();
      if (!alt) ctx.error('missing-alt', 'This picture has no alt text', 'describe the picture in Swedish between the brackets: ![Beskrivning](bild.svg)', at);
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
        ctx.error('image-not-found', `The picture "${src}" is not a local file`, 'copy the picture into public/images/ and use its file name; the deck makes no request to other hosts', at);
      } else {
        // normalizeLinkText, unlike decodeURIComponent, leaves a broken "%C3" as it is.
        const name = md.normalizeLinkText(src);
        const invisible = findInvisible(name);
        if (invisible) {
          ctx.error(invisible.code, `The picture's name holds an invisible ${invisible.kind}, ${invisible.codePoint}`, invisibleHint(invisible), at);
          continue;
        }
        child.attrSet('src', ctx.image(name, at));
        // A slide's picture, fetched as its slide comes near (src/deck/picture.ts renders it).
        if (slidePictures) child.meta = { slidePicture: { photo: ctx.photo(name) } } satisfies SlidePictureMeta;
      }
    }
    if (child.type === 'link_open') {
      const href = String(child.attrGet('href') ?? '');
      const at = locate(parent, href);
      if (!SAFE_LINK.test(href)) {
        const problem = /^[a-z][a-z0-9+.-]*:/i.test(href) ? 'uses a scheme a slide may not link with' : 'is neither a web address nor a slide';
        ctx.error('unsafe-link', `The link "${href}" ${problem}`, 'link with https:, http:, mailto: or tel:, or to a slide with #/slide-id', at);
      }
      if (href.startsWith('#/')) links.push({ target: md.normalizeLinkText(href.slice(2)), at });
    }
  }
  checkInlineEntities(tokens, source, ctx, md.utils.unescapeAll);
  return links;
}

/**
 * Where a link or picture target stands in the lines of a block. markdown-it has
 * percent-encoded it ("bild-å.svg" → "bild-%C3%A5.svg"), so look for the form the
 * author wrote too, bare or in <angle brackets>.
 */
function findTarget(source: MarkdownSource, block: Token, target: string, nth: number): Position {
  const [first, end] = block.map ?? [0, 0];
  const { lines } = source;
  const written = [...new Set([target, md.normalizeLinkText(target)])];
  // Inline links, autolinks, and (anywhere on the slide) reference definitions "[1]: url".
  const around = (before: string[], after = '') => written.flatMap((form) => before.map((prefix) => ({ text: prefix + form + after, skip: prefix.length, length: form.length })));
  const inBlock = [...around(['](', '](<']), ...around(['<'], '>')];
  const anywhere = around([']: ', ']: <']);
  let skipped = 0;
  const search = (needles: typeof inBlock, from: number, to: number): Position | null => {
    for (let index = from; index < to; index++) {
      for (const { text, skip, length } of needles) {
        for (let column = lines[index].indexOf(text); column !== -1; column = lines[index].indexOf(text, column + 1)) {
          if (skipped++ < nth) continue;
          return positionIn(source, index, column + skip, length);
        }
      }
    }
    return null;
  };
  return search(inBlock, first, end) ?? search(anywhere, 0, lines.length) ?? blockPosition(source, block);
}
