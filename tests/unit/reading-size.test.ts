// The reading view's slide size: text that keeps its size in CSS pixels, so it grows with the browser's zoom.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { READING_SCALE, readingSlideSize } from '../../src/client/reading/reading-size.ts';

/** How large slide text is drawn on the screen, in device pixels per slide pixel, at a browser zoom. */
function drawnSize(screenWidth: number, zoom: number): number {
  return readingSlideSize(screenWidth / zoom).scale * zoom;
}

test('a phone gets the tall 720×1080 slide of the first paint (first-paint.css)', () => {
  expect(readingSlideSize(390)).toEqual({ width: 720, height: 1080, scale: 0.52 });
  expect(readingSlideSize(453)).toEqual({ width: 720, height: 1080, scale: 0.6 });
});

test('a desktop window gets a 16:9 slide at least 1280 wide, its text at the reading scale', () => {
  const size = readingSlideSize(1280);
  expect(size.height / size.width).toBeCloseTo(9 / 16, 2);
  expect(size.width).toBeGreaterThanOrEqual(1280);
  expect(size.scale).toBeCloseTo(READING_SCALE, 2);
});

test('between the two, tall slides narrower than 900, where the layouts switch to their wide design', () => {
  for (const windowWidth of [500, 640, 768, 800]) {
    const { width, height } = readingSlideSize(windowWidth);
    expect(width).toBeGreaterThanOrEqual(720);
    expect(width).toBeLessThan(900);
    expect(height).toBe(Math.round(width * 1.5));
  }
});

test('zoomed to 200 %, text is drawn at least twice as large on screens from 1000 px wide (WCAG 1.4.4)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1000, max: 3840 }), (screenWidth) => {
      expect(drawnSize(screenWidth, 2)).toBeGreaterThanOrEqual(2 * drawnSize(screenWidth, 1) - 0.02);
    }),
  );
});

test('the slide never grows past the window, less the margin', () => {
  fc.assert(
    fc.property(fc.integer({ min: 280, max: 3840 }), (windowWidth) => {
      const { width, scale } = readingSlideSize(windowWidth);
      // Up to floating-point error: 0.65 × 1536 is 998.4000000000001.
      expect(width * scale).toBeLessThanOrEqual(windowWidth * 0.96 + 1e-9);
    }),
  );
});
