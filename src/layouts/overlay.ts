// A full-bleed picture with the text in a large, semi-transparent blue box.
//
// Usage:
//   ---
//   layout: overlay
//   image: sverige-ligger-efter.svg     # a file in public/images/
//   alt: Man i blå skjorta som …        # Swedish alt text, read by screen readers
//   box: right                          # optional: center (default), left, right, bottom
//   caps: true                          # optional: show the text in capitals
//   ---
//
//   Sverige ligger efter!
import * as v from 'valibot';
import { defineLayout, escapeHtml } from '../deck/index.ts';
import { firstPaintBackground } from './first-paint.ts';
import { readTextBlock, type TextBlock } from './text-block.ts';
import { palette } from '../theme/tokens.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';

const BOX_PLACES = ['center', 'left', 'right', 'bottom'] as const;
const BACKGROUND_POSITION = { center: 'center', left: '80% center', right: '20% center', bottom: 'center top' } as const;
// Longer than this, the text is set smaller so the box does not cover the picture.
const LONG_TEXT = 50;

export const overlay = defineLayout({
  name: 'overlay',
  props: v.strictObject({
    image: v.pipe(v.string(), v.nonEmpty()),
    alt: v.pipe(v.string(), v.trim(), v.minLength(5, 'describe the picture in a few Swedish words')),
    box: v.optional(v.picklist(BOX_PLACES), 'center'),
    caps: v.optional(v.boolean(), false),
  }),
  parse(ctx, props): (TextBlock & { imageUrl: string; isLong: boolean }) | undefined {
    const imageUrl = ctx.image(props.image, ctx.valueAt('image'));
    const text = readTextBlock(ctx, 'overlay');
    return text && { ...text, imageUrl, isLong: text.title.length > LONG_TEXT };
  },
  render: ({ props, data }, ctx) => ({
    html: [
      `<span class="overlay__picture" role="img" aria-label="${escapeHtml(props.alt)}"></span>`,
      // A stage of its own: reveal's scroll and print views force the section to display: block.
      '<div class="overlay__stage">',
      `<div class="overlay__panel overlay__panel--${props.box}">`,
      `<h2 class="${['overlay__text', props.caps && 'overlay__text--caps', data.isLong && 'overlay__text--long'].filter(Boolean).join(' ')}">${ctx.inline(data.block)}</h2>`,
      '</div>',
      '</div>',
    ].join('\n'),
    attributes: {
      'data-background-image': data.imageUrl,
      'data-background-size': 'cover',
      // When a tall screen crops the picture, keep the side with the subject (away from the box).
      'data-background-position': BACKGROUND_POSITION[props.box],
      'data-background-color': palette.navy,
    },
  }),
  css: /* css */ `
    /* Before reveal.js starts: the picture's colour; reveal fetches the picture itself. */
    ${firstPaintBackground('overlay', `background-color: ${palette.navy};`)}
    .reveal .slides section.layout-overlay {
      height: 100%;
      padding: 0;
    }
    .overlay__stage {
      display: flex;
      height: 100%;
    }
    /* Full-bleed: the box keeps to its side of the picture on the reading view's wider slides too,
       outside the centred column other layouts' content keeps to there (base.css). */
    .reveal .slides section.layout-overlay > .overlay__stage {
      max-width: none;
      margin-inline: 0;
    }
    /* The scroll view sizes centred slides to their content; the picture's stage needs the whole slide. */
    .reveal-scroll .scroll-page section.layout-overlay {
      height: var(--deck-view-slide-height, var(--deck-slide-height)) !important;
    }
    .overlay__panel {
      box-sizing: border-box;
      margin: auto;
      max-width: 62%;
      padding: 1.1em 1.4em;
      border-radius: 1.5rem;
      background: var(--deck-panel);
      color: var(--deck-white);
      box-shadow: 0 1rem 3rem var(--deck-shadow-deep);
      text-align: left;
    }
    /* At the side, the box leaves the other half of the picture free. */
    .overlay__panel--left { max-width: 46%; margin-left: 4%; }
    .overlay__panel--right { max-width: 46%; margin-right: 4%; }
    .overlay__panel--bottom { margin-bottom: 6%; }
    .overlay__text {
      margin: 0;
      font-size: 1.9em;
      line-height: 1.2;
      color: var(--deck-white);
      text-wrap: balance;
    }
    .overlay__text--long { font-size: 1.25em; }
    .overlay__text--caps { font-size: 1.35em; text-transform: uppercase; }
    /* On the tall slides of the phone view the box sits under the picture's subject. */
    ${TALL_SLIDES} {
      .overlay__panel,
      .overlay__panel--left,
      .overlay__panel--right,
      .overlay__panel--bottom { max-width: none; margin: auto 6% 8%; }
      .overlay__text { font-size: 1.5em; }
      .overlay__text--long { font-size: 1.1em; }
      .overlay__text--caps { font-size: 1.15em; }
    }
  `,
});
