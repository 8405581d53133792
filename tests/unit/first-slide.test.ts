// The first slide is marked shown in the HTML, and its pictures are fetched at once.
import { expect, test } from 'vitest';
import { presentFirstSlide } from '../../src/vite/first-slide.ts';

test('the first slide is shown and its pictures load with the page; later slides wait for reveal.js', () => {
  const picture = '<picture><source type="image/avif" data-srcset="a.avif 1280w" sizes="96vw"><img data-src="a.jpg" alt="Ett foto"></picture>';
  const html = `<section id="a" class="layout-content">\n${picture}\n</section>\n<section id="b" class="layout-content">\n${picture}\n</section>`;
  expect(presentFirstSlide(html)).toBe(
    [
      '<section id="a" class="layout-content present">',
      '<picture><source type="image/avif" srcset="a.avif 1280w" sizes="96vw"><img src="a.jpg" alt="Ett foto"></picture>',
      '</section>',
      '<section id="b" class="layout-content">',
      picture,
      '</section>',
    ].join('\n'),
  );
});
