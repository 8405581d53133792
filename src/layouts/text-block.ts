// Shared by layouts whose body is one line of text: statement, section, overlay.
import { headingLevel, plainText, type LayoutContext, type Token } from '../deck/index.ts';

export interface TextBlock {
  title: string;
  /** The block's inline content (a heading's or a paragraph's), ready to wrap. */
  block: Token[];
}

/** The body's only block, which must be a paragraph or a heading. */
export function readTextBlock(ctx: LayoutContext, layout: string): TextBlock | undefined {
  const [block, extra] = ctx.blocks;
  const isText = block[0].type === 'paragraph_open' || headingLevel(block) > 0;
  if (!isText) {
    ctx.error('wrong-structure', `A ${layout} slide holds one line of text`, 'write the text as a paragraph or a heading, without lists or tables', block[0]);
    return undefined;
  }
  if (extra) {
    ctx.error('wrong-structure', `A ${layout} slide holds one block of text, but this is a second one`, 'join the lines (end a line with two spaces to break it), or move this text to a slide of its own', extra[0]);
    return undefined;
  }
  return { title: plainText(block), block };
}
