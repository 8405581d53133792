// The talk's agenda: a heading and a numbered list; items may link to their section.
//
// Usage:
//   ---
//   layout: agenda
//   ---
//
//   # Jag tänkte prata om tre saker
//
//   1. [Var står offentlig sektor idag i digitaliseringen?](#/var-star-vi)
//   2. …
import * as v from 'valibot';
import { defineLayout, headingLevel, plainText, type Token } from '../deck/index.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';

export const agenda = defineLayout({
  name: 'agenda',
  props: v.strictObject({}),
  parse(ctx): { title: string; heading: Token[]; list: Token[] } | undefined {
    const [heading, list, extra] = ctx.blocks;
    if (headingLevel(heading) === 0 || list?.[0].type !== 'ordered_list_open' || extra) {
      ctx.error('wrong-structure', 'An agenda slide holds a heading and one numbered list', 'write "# Heading", a blank line, then "1. …" lines', (extra ?? list ?? heading)[0]);
      return undefined;
    }
    return { title: plainText(heading), heading, list };
  },
  render: ({ data }, ctx) => ({
    html: `<h2 class="agenda__heading">${ctx.inline(data.heading)}</h2>\n${ctx.markdown(data.list)}`,
  }),
  css: /* css */ `
    .layout-agenda { text-align: left; }
    .agenda__heading {
      font-size: 1.45em;
      color: var(--deck-blue);
      text-transform: uppercase;
    }
    .layout-agenda ol {
      display: block;
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: agenda;
    }
    .layout-agenda li {
      position: relative;
      margin: 0.7em 0;
      padding-left: 2.4em;
      counter-increment: agenda;
      line-height: 1.3;
    }
    .layout-agenda li::before {
      content: counter(agenda);
      position: absolute;
      left: 0;
      top: -0.1em;
      width: 1.6em;
      height: 1.6em;
      border-radius: 50%;
      background: var(--deck-blue);
      color: var(--deck-white);
      font-weight: 700;
      text-align: center;
      line-height: 1.6em;
    }
    .layout-agenda a { color: inherit; text-decoration-color: var(--deck-blue-mid); }
    ${TALL_SLIDES} {
      .agenda__heading { font-size: 1.2em; }
    }
  `,
});
