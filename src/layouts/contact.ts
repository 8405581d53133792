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
//
// With a public URL configured (DECK_PUBLIC_URL), the card also shows a QR code for it.
// "Spara kontakt" downloads kontakt.vcf, which the Vite plugin writes from these keys.
import * as v from 'valibot';
import { escapeHtml, renderBlockInline } from '../deck/markdown.ts';
import type { Token } from '../deck/types.ts';
import { defineLayout } from '../deck/layout.ts';
import { qrCodeSvg } from './qr-code.ts';
import { readTextBlock } from './text-block.ts';

/** The vCard file the card links to; the Vite plugin writes it beside index.html. */
export const VCARD_FILE = 'kontakt.vcf';

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
  parse(ctx): { title: string; heading: Token[]; publicUrl: string } | undefined {
    const text = readTextBlock(ctx, 'contact');
    return text && { title: text.title, heading: text.block, publicUrl: ctx.publicUrl };
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
    // Absolute when the deck's address is known, so the link also works in the PDF.
    const vCardHref = escapeHtml(`${data.publicUrl || './'}${VCARD_FILE}`);
    items.push(`<li class="contact__save"><a href="${vCardHref}" download>Spara kontakt</a></li>`);
    const card = `<ul class="contact__card">\n${items.join('\n')}\n</ul>`;
    return {
      html: [
        `<h2 class="contact__heading">${renderBlockInline(data.heading)}</h2>`,
        data.publicUrl ? `<div class="contact__body">\n${card}\n${shareBlock(data.publicUrl)}\n</div>` : card,
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
    .contact__save { margin-top: 0.3em; }
    .contact__save a {
      display: inline-block;
      padding: 0.35em 0.9em;
      border-radius: 999px;
      background: var(--deck-blue);
      color: var(--deck-white);
      font-weight: 700;
      text-decoration: none;
    }
    .contact__body { display: flex; align-items: center; gap: 2.5rem; }
    .contact__share { margin: 0; text-align: center; font-size: 0.55em; color: var(--deck-navy); }
    .contact__share .qr-code { display: block; width: 7.5em; height: 7.5em; margin: 0 auto 0.4em; font-size: 36px; }
    .contact__share a { color: var(--deck-blue-deep); overflow-wrap: anywhere; }
    @container slide (max-width: 900px) {
      .contact__heading { font-size: 1.5em; }
      .contact__card { font-size: 0.75em; }
      .contact__label { display: block; min-width: 0; }
      .contact__body { flex-direction: column; align-items: flex-start; gap: 1rem; }
    }
  `,
});

/** The QR code for the published deck, with its address in words. */
function shareBlock(publicUrl: string): string {
  const shown = escapeHtml(publicUrl.replace(/^https?:\/\//, '').replace(/\/$/, ''));
  const svg = qrCodeSvg(publicUrl, `QR-kod till bildspelet: ${publicUrl}`);
  return `<figure class="contact__share">\n${svg}\n<figcaption>Bildspelet på nätet:<br><a href="${escapeHtml(publicUrl)}">${shown}</a></figcaption>\n</figure>`;
}
