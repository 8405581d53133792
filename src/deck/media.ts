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
 * Where a link or picture target stands in the source: the destination written in the block
 * (inline, in <angle brackets>, or an autolink), else a reference definition anywhere in it.
 * Each destination written is read as markdown-it reads it (escapes, entities, percent-encoding),
 * so a target is found however it was spelt.
 */
function findTarget(source: MarkdownSource, block: Token, target: string, nth: number): Position {
  const [first, end] = block.map ?? [0, 0];
  return findWritten(source, first, end, target, INLINE_DESTINATION, nth) ?? findWritten(source, 0, source.lines.length, target, DEFINITION, 0) ?? blockPosition(source, block);
}

// Where a destination starts: after "](" (inline links and pictures) or "<" (autolinks), or after
// a reference definition's "]:", which may put it on the next line.
const INLINE_DESTINATION = /\]\([ \t]*\n?[ \t]*|<(?=[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>)/g;
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*\n?[ \t]*/gm;

function findWritten(source: MarkdownSource, from: number, to: number, target: string, starts: RegExp, nth: number): Position | null {
  const lines = source.lines.slice(from, Math.max(to, from + 1));
  const text = lines.join('\n');
  let skipped = 0;
  for (const match of text.matchAll(starts)) {
    const start = match.index + match[0].length;
    const isAutolink = match[0] === '<';
    const parsed = isAutolink ? { pos: text.indexOf('>', start), str: '' } : md.helpers.parseLinkDestination(text, start, text.length);
    // "<…>" around a destination are not part of it.
    const angled = !isAutolink && text[start] === '<';
    const written = text.slice(angled ? start + 1 : start, angled ? parsed.pos - 1 : parsed.pos);
    const read = isAutolink ? written : parsed.str;
    if (parsed.pos <= start || (md.normalizeLink(read) !== target && read !== target) || skipped++ < nth) continue;
    const before = text.slice(0, angled ? start + 1 : start).split('\n');
    const line = before.length - 1;
    const length = Math.max(1, Math.min(written.length, lines[line].length - before[line].length));
    return positionIn(source, from + line, before[line].length, length);
  }
  return null;
}
