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
import { palette, PANEL_OPACITY, SLIDE } from '../theme/tokens.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';
import { em, FULL_SLIDE, rem } from './pptx-parts.ts';

/** The box's width and where it stands, as shares of the slide's width (the CSS below: a side box keeps 4 % from its edge). */
const EDGE = 4 / 100;
const PANEL_PLACE = {
  center: { width: 0.62, left: (1 - 0.62) / 2 },
  left: { width: 0.46, left: EDGE },
  right: { width: 0.46, left: 1 - 0.46 - EDGE },
  bottom: { width: 0.62, left: (1 - 0.62) / 2 },
} as const;

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
  // The picture with its Swedish alt text, the box a semi-transparent rounded rectangle, the line in it the title.
  pptx: ({ props, data }, ctx) => {
    const size = em(props.caps ? 1.35 : data.isLong ? 1.25 : 1.9);
    const style = { size, color: palette.white, bold: true, caps: props.caps, lineHeight: 1.2, valign: 'middle', balance: true } as const;
    const place = PANEL_PLACE[props.box];
    const padding = { x: 1.4 * em(1), y: 1.1 * em(1) };
    const panelWidth = place.width * SLIDE.width;
    const runs = ctx.runs(data.block);
    const textHeight = ctx.textHeight([{ runs, level: 0 }], style, panelWidth - 2 * padding.x);
    const panelHeight = textHeight + 2 * padding.y;
    // A percentage margin is a share of the width: the bottom box stands 6 % of it above the edge.
    const panelTop = props.box === 'bottom' ? SLIDE.height - 0.06 * SLIDE.width - panelHeight : (SLIDE.height - panelHeight) / 2;
    const panel = { x: place.left * SLIDE.width, y: panelTop, w: panelWidth, h: panelHeight };
    return {
      background: palette.navy,
      title: { box: { x: panel.x + padding.x, y: panel.y + padding.y, w: panel.w - 2 * padding.x, h: textHeight }, style, runs },
      backdrop: [
        { type: 'picture', box: FULL_SLIDE, image: props.image, alt: props.alt },
        { type: 'shape', shape: 'roundRect', box: panel, fill: palette.blueDeep, opacity: PANEL_OPACITY, radius: rem(1.5) },
      ],
      items: [],
    };
  },
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
