// The speaker's contact card: a heading, then e-mail, phone and LinkedIn from frontmatter.
//
// Usage:
//   ---
//   layout: contact
//   email: martin.bodensten@ramboll.com
//   phone: 0707 549458            # as it should be shown; the link gets +46 form
//   linkedin: Martin Bodensten    # optional: the name to look up on LinkedIn
//   linkedinUrl: https://…        # optional: only if a real address is known
//   ---
//
//   # Hör gärna av dig!
import * as v from 'valibot';
import { escapeHtml, renderBlockInline } from '../deck/markdown.ts';
import type { Token } from '../deck/types.ts';
import { defineLayout } from './layout.ts';
import { readTextBlock } from './text-block.ts';

// A Swedish number as people write it: "0707 549458", "070-754 94 58", "+46 70 754 94 58".
const PHONE = /^(\+46|0)[\d\s-]{6,}$/;

/** The international form for a tel: link: "0707 549458" → "+46707549458". */
export function internationalPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  return digits.startsWith('+') ? digits : `+46${digits.slice(1)}`;
}

export const contact = defineLayout({
  name: 'contact',
  props: v.strictObject({
    email: v.pipe(v.string(), v.email('write an e-mail address such as namn@example.se')),
    phone: v.pipe(v.string(), v.regex(PHONE, 'write a Swedish phone number such as "0707 549458" or "+46 70 754 94 58"')),
    linkedin: v.optional(v.string()),
    linkedinUrl: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://', 'use an https:// address'))),
  }),
  parse(ctx): { title: string; heading: Token[] } | undefined {
    const text = readTextBlock(ctx, 'contact');
    return text && { title: text.title, heading: text.block };
  },
  render: ({ props, data }) => {
    const email = escapeHtml(props.email);
    const items = [
      `<li><span class="contact__label">E-post</span> <a href="mailto:${email}">${email}</a></li>`,
      `<li><span class="contact__label">Telefon</span> <a href="tel:${internationalPhone(props.phone)}">${escapeHtml(props.phone)}</a></li>`,
    ];
    if (props.linkedin) {
      const name = escapeHtml(props.linkedin);
      const value = props.linkedinUrl ? `<a href="${escapeHtml(props.linkedinUrl)}" rel="noopener noreferrer">${name}</a>` : name;
      items.push(`<li><span class="contact__label">LinkedIn</span> ${value}</li>`);
    }
    return {
      html: [
        `<h2 class="contact__heading">${renderBlockInline(data.heading)}</h2>`,
        `<ul class="contact__card">\n${items.join('\n')}\n</ul>`,
      ].join('\n'),
    };
  },
  css: /* css */ `
    .layout-contact { text-align: left; }
    .contact__heading { font-size: 2em; color: var(--deck-navy); }
    .contact__card {
      display: inline-grid;
      gap: 0.5em;
      margin: 0;
      padding: 1em 1.4em;
      border-radius: 1rem;
      background: var(--deck-blue-light);
      list-style: none;
      font-size: 0.9em;
    }
    .contact__label {
      display: inline-block;
      min-width: 6.5em;
      font-weight: 700;
      color: var(--deck-blue-deep);
    }
    .contact__card a { color: var(--deck-blue-deep); overflow-wrap: anywhere; }
    @container slide (max-width: 900px) {
      .contact__heading { font-size: 1.5em; }
      .contact__card { font-size: 0.75em; }
      .contact__label { display: block; min-width: 0; }
    }
  `,
});
