// A question, then a second line that appears on the next press.
//
// Usage:
//   ---
//   layout: question
//   ---
//
//   Kommer det att skapas ett A- och ett B-lag?
//
//   ...och går det att komma ifatt?
import * as v from 'valibot';
import { defineLayout, plainText, type Token } from '../deck/index.ts';
import { palette, SLIDE } from '../theme/tokens.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';
import { CH, CONTENT, em, stackCentred } from './pptx-parts.ts';

export const question = defineLayout({
  name: 'question',
  props: v.strictObject({}),
  parse(ctx): { title: string; question: Token[]; followUp: Token[] } | undefined {
    const [first, second, extra] = ctx.blocks;
    const isParagraph = (block?: Token[]) => block?.[0].type === 'paragraph_open';
    if (!isParagraph(first) || !isParagraph(second) || extra) {
      ctx.error('wrong-structure', 'A question slide holds two paragraphs: the question and the line that follows it', 'write the question, a blank line, then the second line', (extra ?? second ?? first)[0]);
      return undefined;
    }
    return { title: plainText(first), question: first, followUp: second };
  },
  render: ({ data }, ctx) => ({
    html: [
      `<h2 class="question__text">${ctx.inline(data.question)}</h2>`,
      `<p class="question__follow-up fragment">${ctx.inline(data.followUp)}</p>`,
    ].join('\n'),
  }),
  // The follow-up shows at once: a printed or forwarded slide is in its final state.
  pptx: ({ data }, ctx) => {
    const questionStyle = { size: em(2), color: palette.navy, bold: true, align: 'center', lineHeight: 1.2, balance: true } as const;
    const followStyle = { size: em(1.5), color: palette.blue, bold: true, align: 'center', lineHeight: 1.35 } as const;
    const width = 20 * CH * questionStyle.size;
    const runs = ctx.runs(data.question);
    const follow = [{ runs: ctx.runs(data.followUp), level: 0 }];
    const heights = [ctx.textHeight([{ runs, level: 0 }], questionStyle, width), ctx.textHeight(follow, followStyle, CONTENT.w)];
    const [top, followTop] = stackCentred(heights, [0.6 * questionStyle.size]);
    return {
      title: { box: { x: (SLIDE.width - width) / 2, y: top, w: width, h: heights[0] }, style: questionStyle, runs },
      items: [{ type: 'text', box: { x: CONTENT.x, y: followTop, w: CONTENT.w, h: heights[1] }, paragraphs: follow, style: followStyle }],
    };
  },
  css: /* css */ `
    .layout-question { text-align: center; }
    .question__text {
      max-width: 20ch;
      margin: 0 auto 0.6em;
      font-size: 2em;
      line-height: 1.2;
      color: var(--deck-navy);
      text-wrap: balance;
    }
    .question__follow-up {
      font-size: 1.5em;
      font-weight: 700;
      color: var(--deck-blue);
    }
    ${TALL_SLIDES} {
      .question__text { font-size: 1.5em; }
      .question__follow-up { font-size: 1.2em; }
    }
  `,
});
