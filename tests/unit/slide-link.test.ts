// The reading view's reading of a #/slide link, as the slide show and reveal.js write them.
import { expect, test } from 'vitest';
import { readSlideLink } from '../../src/client/reading/slide-link.ts';

test('a link names a slide by its id, or by its place as reveal numbers slides', () => {
  expect(readSlideLink('#/kort-om-mig')).toEqual({ id: 'kort-om-mig' });
  expect(readSlideLink('#/kort-om-mig/')).toEqual({ id: 'kort-om-mig' });
  expect(readSlideLink('#/3')).toEqual({ index: 3 });
  expect(readSlideLink('#/l%C3%A4nen')).toEqual({ id: 'länen' });
});

test('the step the slide show was at, or a place in a vertical stack, still names the slide', () => {
  expect(readSlideLink('#/kommer-det-att-skapas-ett-a-och-ett-b-lag/0')).toEqual({ id: 'kommer-det-att-skapas-ett-a-och-ett-b-lag' });
  expect(readSlideLink('#/3/0/1')).toEqual({ index: 3 });
});

test('anything else names no slide', () => {
  for (const hash of ['', '#', '#/', '#kort-om-mig', '#/a/b', '#/kort-om-mig/x', '#/%E0%A4%A']) expect(readSlideLink(hash), hash).toBeUndefined();
});
