// What a screenshot shows inside a box: whether something is drawn there, and how much changed.
import type { Pixels } from '../png.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Colours closer than this (sum of the channels' differences) count as the same. */
const SAME_COLOUR = 96;

function* pixelsIn(picture: Pixels, box: Box): Generator<number> {
  const [left, top] = [Math.max(0, Math.floor(box.x)), Math.max(0, Math.floor(box.y))];
  const [right, bottom] = [Math.min(picture.width, Math.ceil(box.x + box.width)), Math.min(picture.height, Math.ceil(box.y + box.height))];
  for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) yield (y * picture.width + x) * 4;
}

/** How far apart two colours are: the one at a[i..i+2] and the one at b[j..j+2] (RGB). */
const distance = (a: ArrayLike<number>, i: number, b: ArrayLike<number>, j: number) => Math.abs(a[i] - b[j]) + Math.abs(a[i + 1] - b[j + 1]) + Math.abs(a[i + 2] - b[j + 2]);

/** How many pixels of the box stand out from its most common colour: text, lines, shapes. */
export function inkIn(picture: Pixels, box: Box): number {
  const counts = new Map<number, number>();
  for (const i of pixelsIn(picture, box)) {
    const colour = (picture.data[i] << 16) | (picture.data[i + 1] << 8) | picture.data[i + 2];
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const [common] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0];
  const background = [common >> 16, (common >> 8) & 255, common & 255];
  let ink = 0;
  for (const i of pixelsIn(picture, box)) if (distance(picture.data, i, background, 0) > SAME_COLOUR) ink++;
  return ink;
}

/** How many pixels of the box differ between two pictures of the same window. */
export function changedIn(before: Pixels, after: Pixels, box: Box): number {
  let changed = 0;
  for (const i of pixelsIn(after, box)) if (distance(before.data, i, after.data, i) > SAME_COLOUR) changed++;
  return changed;
}
