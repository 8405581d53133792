// A new layout plugs into the loader with nothing else to change: its slides parse and render, its
// name joins the hints, its CSS the theme (as src/layouts/index.ts hands the list on).
import * as v from 'valibot';
import { expect, test } from 'vitest';
import { buildDeck, defineLayout, escapeHtml, fileFinder, plainText, renderDeck } from '../../src/deck/index.ts';
import { layouts, layoutsCss } from '../../src/layouts/index.ts';
import { FIXTURE_IMAGES, FIXTURE_OPTIONS, FIXTURE_RENDER } from './fixture-deck.ts';

const quote = defineLayout({
  name: 'quote',
  props: v.strictObject({ by: v.string() }),
  parse: (ctx) => ({ title: plainText(ctx.blocks[0]), text: ctx.blocks[0] }),
  render: ({ props, data }, ctx) => ({ html: `<blockquote>${ctx.inline(data.text)}</blockquote>\n<p>${escapeHtml(props.by)}</p>` }),
  css: '.layout-quote blockquote { font-style: italic; }',
});

const options = { ...FIXTURE_OPTIONS, layouts: [...layouts, quote] };
const build = (text: string) => buildDeck([{ path: 'a.md', text }], { findImage: fileFinder(FIXTURE_IMAGES) }, options);

test('an eleventh layout needs only its file and its place in the list', () => {
  const deck = build('---\nlayout: quote\nby: Okänd\n---\n\nDet digitala är här.\n');
  expect(deck.errors).toEqual([]);
  expect(deck.slides[0].title).toBe('Det digitala är här.');
  expect(renderDeck(deck.slides, FIXTURE_RENDER).html).toContain('<section id="det-digitala-ar-har" class="layout-quote present"><span id="/det-digitala-ar-har" hidden></span>\n<blockquote>Det digitala är här.</blockquote>');
  expect(layoutsCss(options.layouts)).toContain('.layout-quote blockquote');
  expect(build('---\nlayout: qoute\n---\n\nx\n').errors[0].hint).toContain('did you mean "quote"?');
});
