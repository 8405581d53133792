// The one markdown-it set-up for slides: Swedish typography, no raw HTML.
import MarkdownIt from 'markdown-it';
import { slidePictureOf, toSlidePicture } from './picture.ts';
import type { Token } from './types.ts';

/** What a render passes to markdown-it's rules (its `env`). */
// A type, not an interface, so it fits markdown-it's indexed Env.
export type MarkdownEnv = {
  /** Pictures load with the page rather than as their slide comes near: the first slide's. */
  eagerPictures?: boolean;
  /** The `sizes` of a photo's versions: how wide it shows at most. */
  pictureSizes?: string;
};

function createMarkdown() {
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
    // A slide's pictures wait for their slide; the notes' (checked too, src/deck/media.ts) show at once.
    const picture = slidePictureOf(tokens[i]);
    if (!picture) return renderImage(tokens, i, options, env, self);
    const { img, sources } = toSlidePicture(tokens[i], picture, md.utils.escapeHtml, { eager: (env as MarkdownEnv).eagerPictures ?? false, sizes: (env as MarkdownEnv).pictureSizes ?? '100vw' });
    const html = renderImage([img], 0, options, env, self);
    return sources ? `<picture>${sources}${html}</picture>` : html;
  };
  return md;
}

export const md = createMarkdown();

export const escapeHtml = md.utils.escapeHtml;

/** Parse Markdown into block tokens. */
export function parseMarkdown(text: string): Token[] {
  return md.parse(text, {});
}

/** Render block tokens (a whole list or a slice of it) to HTML. */
export function renderTokens(tokens: Token[], env: MarkdownEnv = {}): string {
  return md.renderer.render(tokens, md.options, env);
}

/** Render the inline content of a paragraph or heading block, without its wrapper. */
export function renderBlockInline(block: Token[], env: MarkdownEnv = {}): string {
  const inline = block.find((token) => token.type === 'inline');
  return inline ? md.renderer.renderInline(inline.children ?? [], md.options, env) : '';
}
