// Render checked slides to reveal.js <section> elements, as the page serves them: the first slide
// shown and its pictures eager (it paints before reveal.js starts, src/theme/first-paint.css), each
// slide with a hidden marker named by its link for :target, and the files slides offer collected.
// Pure: slides and options in, HTML and files out.
import { escapeHtml, renderBlockInline, renderTokens, type MarkdownEnv } from './markdown.ts';
import { backgroundPhotoClass } from './photos.ts';
import type { Attachment, RenderContext, Slide, Speaker } from './types.ts';

export interface RenderOptions {
  /** Include each slide's speaker notes (reveal reads them from <aside class="notes">). */
  notes: boolean;
  /** How a slide's files (the contact card's vCard) are linked: files beside the page, or data: URLs inside it (the one file). */
  attachments: 'files' | 'inline';
  /** Where the deck is published, ending in "/"; empty when not known. */
  publicUrl: string;
  speaker: Speaker;
  /** How wide a picture in a slide's text shows at most, for its versions' `sizes` (e.g. "min(96vw, 171vh)"). */
  pictureSizes: string;
}

export interface RenderedDeck {
  /** Every slide's <section>. */
  html: string;
  /** The files the slides link to, to be written beside the page (none when they are inline). */
  attachments: Attachment[];
}

export function renderDeck(slides: readonly Slide[], options: RenderOptions): RenderedDeck {
  const attachments: Attachment[] = [];
  const html = slides.map((slide, index) => renderSlide(slide, index === 0, options, attachments)).join('\n');
  return { html, attachments };
}

function renderSlide(slide: Slide, isFirst: boolean, options: RenderOptions, attachments: Attachment[]): string {
  const env: MarkdownEnv = { eagerPictures: isFirst, pictureSizes: options.pictureSizes };
  const context: RenderContext = {
    markdown: (tokens) => renderTokens(tokens, env),
    inline: (block) => renderBlockInline(block, env),
    attach: (file) => attach(file, options, attachments),
    publicUrl: options.publicUrl,
    speaker: options.speaker,
  };
  const { html, attributes = {} } = slide.layout.render(slide, context);
  const classes = [`layout-${slide.layout.name}`, backgroundPhotoClass(attributes['data-background-image']), isFirst && 'present'].filter(Boolean).join(' ');
  const attributeText = Object.entries({ id: slide.id, class: classes, ...attributes })
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  // A link to the slide (#/slide-id) makes this marker the :target, so the first paint shows the slide.
  const marker = `<span id="/${escapeHtml(slide.id)}" hidden></span>`;
  const notes = options.notes && slide.notesHtml ? `\n<aside class="notes">\n${slide.notesHtml}</aside>` : '';
  return `<section${attributeText}>${marker}\n${html.trim()}${notes}\n</section>`;
}

/** The link to a slide's file; a name another slide took first gets a number ("kontakt-2.vcf"). */
function attach(file: Attachment, options: RenderOptions, attachments: Attachment[]): string {
  if (options.attachments === 'inline') return `data:${file.type};charset=utf-8,${encodeURIComponent(file.content)}`;
  const taken = new Set(attachments.map((attachment) => attachment.name));
  const [stem, extension = ''] = file.name.split(/(?=\.[^.]+$)/);
  let name = file.name;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${extension}`;
  attachments.push({ ...file, name });
  // Absolute when the deck's address is known, so the link also works in a PDF.
  return `${options.publicUrl || './'}${encodeURIComponent(name)}`;
}
