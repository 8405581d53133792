// The talk's slides/ as one Markdown text for reveal.js's own client-side Markdown plugin: the
// stock approach the benchmark compares with (no layouts, pictures as reveal slide attributes).
import { isSlideOf, type Slide } from '../src/deck/index.ts';
import { overlay } from '../src/layouts/overlay.ts';

/** reveal's Markdown plugin splits slides at this line (its `data-separator`). */
export const STOCK_SEPARATOR = '\n---\n';

/** One slide's Markdown: the body without notes, pictures under images/, a background picture as a slide attribute. */
export function stockSlideMarkdown(slide: Slide): string {
  const body = slide.raw.body.text
    // Speaker notes stay out of a public page, as in our build.
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\]\(([^)#:]+\.(?:svg|png|jpe?g|webp|avif))\)/gi, '](images/$1)')
    .trim();
  const attributes = isSlideOf(slide, overlay) ? `<!-- .slide: data-background-image="images/${slide.props.image}" data-background-size="cover" -->\n` : '';
  return `${attributes}${body}`;
}

export function stockDeckMarkdown(slides: Slide[]): string {
  return slides.map(stockSlideMarkdown).join(`\n${STOCK_SEPARATOR}\n`);
}

/** The stock page: reveal's markup with the Markdown inline, as reveal's docs show it. */
export function stockIndexHtml(markdown: string, title: string): string {
  // Inside <textarea> only "</textarea" would end the text early.
  const safe = markdown.replaceAll('</textarea', '&lt;/textarea');
  return `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
  </head>
  <body>
    <div class="reveal">
      <div class="slides">
        <section data-markdown data-separator="^---$">
          <textarea data-template>
${safe}
          </textarea>
        </section>
      </div>
    </div>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;
}

/** The stock entry: reveal.js, its Markdown plugin and a bundled theme, with the same slide size. */
export const STOCK_MAIN_JS = `import Reveal from 'reveal.js';
import Markdown from 'reveal.js/plugin/markdown';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css';

const deck = new Reveal({ hash: true, width: 1280, height: 720, plugins: [Markdown] });
window.Reveal = deck;
deck.initialize();
`;
