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
// "Spara kontakt" downloads the card as a vCard (kontakt.vcf), which the slide offers with itself.
import * as v from 'valibot';
import { defineLayout, escapeHtml, type Token } from '../deck/index.ts';
import { qrCodeSvg } from './qr-code.ts';
import { readTextBlock } from './text-block.ts';
import { contactVCard } from './vcard.ts';
import { internationalPhone, SWEDISH_PHONE } from './phone.ts';
import { palette } from '../theme/tokens.ts';
import { TALL_SLIDES } from '../theme/css-tokens.ts';
import { CONTENT, em, rem, stackCentred } from './pptx-parts.ts';

/** The vCard file the card links to, written beside index.html (a second contact slide's gets a number). */
export const VCARD_FILE = 'kontakt.vcf';

export const contact = defineLayout({
  name: 'contact',
  props: v.strictObject({
    email: v.pipe(v.string(), v.email('write an e-mail address such as namn@example.se')),
    phone: v.pipe(v.string(), v.regex(SWEDISH_PHONE, 'write a Swedish phone number such as "0707 549458" or "+46 70 754 94 58"')),
    linkedin: v.optional(v.string()),
    linkedinUrl: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://', 'use an https:// address'))),
  }),
  parse(ctx): { title: string; heading: Token[] } | undefined {
    const text = readTextBlock(ctx, 'contact');
    return text && { title: text.title, heading: text.block };
  },
  render: ({ props, data }, ctx) => {
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
    const vCardHref = escapeHtml(ctx.attach({ name: VCARD_FILE, type: 'text/vcard', content: contactVCard(props, ctx.speaker) }));
    items.push(`<li class="contact__save"><a href="${vCardHref}" download>Spara kontakt</a></li>`);
    const card = `<ul class="contact__card">\n${items.join('\n')}\n</ul>`;
    return {
      html: [
        `<h2 class="contact__heading">${ctx.inline(data.heading)}</h2>`,
        ctx.publicUrl ? `<div class="contact__body">\n${card}\n${shareBlock(ctx.publicUrl)}\n</div>` : card,
      ].join('\n'),
    };
  },
  // The card's rows with working mailto: and tel: links. The site's "Spara kontakt" downloads a
  // file beside the page, which a PowerPoint file does not have.
  pptx: ({ props, data }, ctx) => {
    const headingStyle = { size: em(2), color: palette.navy, bold: true, lineHeight: 1.15, valign: 'bottom' } as const;
    const rowStyle = { size: em(0.9), color: palette.blueDeep, lineHeight: 1.35 } as const;
    const rows = [
      { label: 'E-post', value: props.email, link: `mailto:${props.email}` },
      { label: 'Telefon', value: props.phone, link: `tel:${internationalPhone(props.phone)}` },
      ...(props.linkedin ? [{ label: 'LinkedIn', value: props.linkedin, link: props.linkedinUrl }] : []),
    ];
    const padding = { x: 1.4 * rowStyle.size, y: rowStyle.size };
    const labelWidth = 6.5 * rowStyle.size;
    const rowHeight = rowStyle.size * rowStyle.lineHeight;
    const gap = 0.5 * rowStyle.size;
    const valueWidth = Math.max(...rows.map((row) => ctx.textWidth(row.value, rowStyle)));
    const card = { w: Math.min(CONTENT.w, 2 * padding.x + labelWidth + valueWidth + rowStyle.size), h: 2 * padding.y + rows.length * rowHeight + (rows.length - 1) * gap };
    const headingRuns = ctx.runs(data.heading);
    const headingHeight = ctx.textHeight([{ runs: headingRuns, level: 0 }], headingStyle, CONTENT.w);
    const [top, cardTop] = stackCentred([headingHeight, card.h], [0.45 * headingStyle.size]);
    return {
      title: { box: { x: CONTENT.x, y: top, w: CONTENT.w, h: headingHeight }, style: headingStyle, runs: headingRuns },
      backdrop: [{ type: 'shape', shape: 'roundRect', box: { x: CONTENT.x, y: cardTop, w: card.w, h: card.h }, fill: palette.blueLight, radius: rem(1) }],
      items: rows.flatMap((row, index) => {
        const y = cardTop + padding.y + index * (rowHeight + gap);
        const x = CONTENT.x + padding.x;
        return [
          { type: 'text', box: { x, y, w: labelWidth, h: rowHeight }, paragraphs: [{ runs: [{ text: row.label, bold: true }], level: 0 }], style: rowStyle },
          { type: 'text', box: { x: x + labelWidth, y, w: card.w - 2 * padding.x - labelWidth, h: rowHeight }, paragraphs: [{ runs: [{ text: row.value, ...(row.link && { link: row.link }) }], level: 0 }], style: { ...rowStyle, color: row.link ? palette.blueDeep : palette.navy } },
        ] as const;
      }),
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
    ${TALL_SLIDES} {
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
