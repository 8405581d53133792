// The one markdown-it set-up for slides: Swedish typography, no raw HTML.
import MarkdownIt from 'markdown-it';
import { isSlidePicture, toSlidePicture } from './picture.ts';
import type { Token } from './types.ts';

export function createMarkdown() {
  const md = new MarkdownIt({
    html: false,
    linkify: false,
    typographer: true,
    // Swedish quotes: ”…” and ’…’ (the same mark opens and closes).
    quotes: '””’’',
  });
  // Accept every link while parsing, so the loader can report unsafe ones
  // instead of markdown-it quietly leaving them as text (see media.ts).
  md.validateLink = () => true;
  const renderLink = md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const href = String(tokens[i].attrGet('href') ?? '');
    // A link that leaves the deck must not get a handle on it.
    if (/^https?:/i.test(href)) tokens[i].attrSet('rel', 'noopener noreferrer');
    return renderLink(tokens, i, options, env, self);
  };
  const renderImage = md.renderer.rules.image ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.image = (tokens, i, options, env, self) => {
    // Only the pictures the loader checked in a slide's text; the notes' stay as written.
    if (!isSlidePicture(tokens[i])) return renderImage(tokens, i, options, env, self);
    const { img, sources } = toSlidePicture(tokens[i], md.utils.escapeHtml);
    const html = renderImage([img], 0, options, env, self);
    return sources ? `<picture>${sources}${html}</picture>` : html;
  };
  return md;
}

export const md = createMarkdown();

/** Parse Markdown into block tokens. */
export function parseMarkdown(text: string): Token[] {
  return md.parse(text, {});
}

/** Render block tokens (a whole list or a slice of it) to HTML. */
export function renderTokens(tokens: Token[]): string {
  return md.renderer.render(tokens, md.options, {});
}

/** Render one line of inline Markdown. */
export function renderInline(text: string): string {
  return md.renderInline(text);
}

export const escapeHtml = md.utils.escapeHtml;

/** Render the inline content of a paragraph or heading block, without its wrapper. */
export function renderBlockInline(block: Token[]): string {
  const inline = block.find((token) => token.type === 'inline');
  return inline ? md.renderer.renderInline(inline.children ?? [], md.options, {}) : '';
}
