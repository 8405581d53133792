// Render checked slides to reveal.js <section> elements. Pure: slides in, HTML out.
import { layouts } from '../layouts/index.ts';
import { escapeHtml } from './markdown.ts';
import { backgroundPhotoClass } from './photos.ts';
import type { LayoutData } from './layout.ts';
import type { Slide } from './types.ts';

export interface RenderOptions {
  /** Include each slide's speaker notes (reveal reads them from <aside class="notes">). */
  notes: boolean;
}

export function renderSlide(slide: Slide, options: RenderOptions): string {
  const layout = layouts.find((candidate) => candidate.name === slide.layout);
  if (!layout) throw new Error(`No layout "${slide.layout}" (the parse step lets only known layouts through)`);
  const { html, attributes = {} } = layout.render(slide as Slide<Record<string, unknown>, LayoutData>);
  const classes = [`layout-${slide.layout}`, backgroundPhotoClass(attributes['data-background-image'])].filter(Boolean).join(' ');
  const attributeText = Object.entries({ id: slide.id, class: classes, ...attributes })
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const notes = options.notes && slide.notesHtml ? `\n<aside class="notes">\n${slide.notesHtml}</aside>` : '';
  return `<section${attributeText}>\n${html.trim()}${notes}\n</section>`;
}

export function renderDeck(slides: Slide[], options: RenderOptions): string {
  return slides.map((slide) => renderSlide(slide, options)).join('\n');
}
