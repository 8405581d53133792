// The phone's presses as whole states, stepping as reveal.js does: fragments one by one, then the
// next slide with none shown; back to the previous slide with all of its shown.
import { describe, expect, test } from 'vitest';
import { canGo, nextPosition, previousPosition } from '../../src/client/remote/steps.ts';

// Slides 0 and 2 without fragments, slide 1 with two steps.
const outline = [{ fragments: 0 }, { fragments: 2 }, { fragments: 0 }];
const at = (indexh: number, indexf?: number, paused = false) => ({ indexh, indexv: 0, paused, overview: false, ...(indexf === undefined ? {} : { indexf }) });

describe('remote steps', () => {
  test('next walks the fragments, then the slides, and stops at the end', () => {
    expect(nextPosition(outline, at(0))).toEqual(at(1, -1));
    expect(nextPosition(outline, at(1, -1))).toEqual(at(1, 0));
    expect(nextPosition(outline, at(1, 0))).toEqual(at(1, 1));
    expect(nextPosition(outline, at(1, 1))).toEqual(at(2));
    expect(nextPosition(outline, at(2))).toEqual(at(2));
    expect(canGo(outline, at(2), 'next')).toBe(false);
  });

  test('previous hides fragments, then lands on the previous slide with all of them shown', () => {
    expect(previousPosition(outline, at(2))).toEqual(at(1, 1));
    expect(previousPosition(outline, at(1, 0))).toEqual(at(1, -1));
    expect(previousPosition(outline, at(1, -1))).toEqual(at(0));
    expect(canGo(outline, at(0), 'previous')).toBe(false);
  });

  test('a black screen stays black, and the overview closes', () => {
    expect(nextPosition(outline, at(0, undefined, true))).toEqual(at(1, -1, true));
    expect(nextPosition(outline, { ...at(2), overview: true })).toEqual(at(2));
  });
});
