// The first slide is marked shown in the HTML, its pictures fetched at once, and every slide carries
// the marker a link to it makes the :target: the renderer writes all of it (src/deck/render.ts).
import { expect, test } from 'vitest';
import { buildFixtureDeck, fixtureHtml } from './fixture-deck.ts';

const photo = '# Ett foto\n\n![Ett foto](foto.jpg)\n';

test('the first slide is shown and its pictures load with the page; later slides wait for reveal.js', () => {
  const deck = buildFixtureDeck([{ path: 'a.md', text: `${photo}\n---\n\n${photo}` }]);
  const [first, second] = fixtureHtml(deck).split('\n</section>\n');
  expect(first).toMatch(/^<section id="ett-foto" class="layout-content present"><span id="\/ett-foto" hidden><\/span>/);
  expect(first).toContain(' srcset="./assets/foto-1280.avif 1280w, ./assets/foto-1920.avif 1920w"');
  expect(first).toContain('<img src="./images/foto.jpg" alt="Ett foto"');
  expect(first).not.toContain('data-src');
  expect(second).toMatch(/^<section id="ett-foto-2" class="layout-content"><span id="\/ett-foto-2" hidden><\/span>/);
  expect(second).toContain(' data-srcset="./assets/foto-1280.avif 1280w, ./assets/foto-1920.avif 1920w"');
  expect(second).toContain('<img data-src="./images/foto.jpg" alt="Ett foto"');
  expect(second).not.toMatch(/ (src|srcset)=/);
});
