// HTML entities decode after the file's check: "&#x202E;" would put a bidi override into the page.
import { findInvisible, invisibleHint } from './invisible.ts';
import { positionIn, type MarkdownSource } from './source.ts';
import type { LayoutContext, Token } from './types.ts';

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * HTML entities decode after the file's check ("&#x202E;" becomes a bidi override in the page):
 * report those that make an invisible character, at the entity.
 */
export function checkInlineEntities(tokens: Token[], source: MarkdownSource, ctx: Pick<LayoutContext, 'error'>, decode: (entity: string) => string): void {
  for (const parent of tokens) {
    const shown = (parent.children ?? []).map((child) => (child.type === 'text' || child.type === 'text_special' ? child.content : '')).join('');
    if (parent.type !== 'inline' || !findInvisible(shown)) continue;
    const [first, end] = parent.map ?? [0, 1];
    for (let line = first; line < Math.max(end, first + 1); line++) {
      for (const match of (source.lines[line] ?? '').matchAll(ENTITY)) {
        const found = findInvisible(decode(match[0]));
        if (!found) continue;
        ctx.error(found.code, `The entity "${match[0]}" makes an invisible ${found.kind}, ${found.codePoint}`, invisibleHint(found), positionIn(source, line, match.index, match[0].length));
        return;
      }
    }
  }
}
