// Where a point's label goes: above or below it, moved sideways if need be, clear of the lines to its neighbours.

export interface PlotPoint {
  x: number;
  y: number;
  /** The label's width in the drawing's units. */
  width: number;
}

/** A vertical extent: the drawing's limits for labels, or a label's own. */
export interface Bounds {
  top: number;
  bottom: number;
}

/** Where a label stands: its centre (and offset from its point), width, top and bottom. */
export interface LabelPlace extends Bounds {
  x: number;
  dx: number;
  width: number;
}

export const LABEL_GAP = 9;
// Height of the label's digits (cap height of the 16 px label type).
export const LABEL_CAP = 12;
// How close a line may come to a label's digits.
const CLEARANCE = 3;

function place(point: PlotPoint, above: boolean, dx: number): LabelPlace {
  const top = above ? point.y - LABEL_GAP - LABEL_CAP : point.y + LABEL_GAP;
  return { x: point.x + dx, dx, width: point.width, top, bottom: top + LABEL_CAP };
}

/**
 * The first free place of: the side away from the neighbours, the other side, then each side moved
 * sideways off the point, a little and then half a label; free means inside the drawing, clear of the
 * lines and of the labels placed before. If none is free, the side away from the neighbours that fits.
 */
export function placeLabel(points: readonly PlotPoint[], i: number, bounds: Bounds, placed: readonly LabelPlace[] = []): LabelPlace {
  const point = points[i];
  const neighbours = [points[i - 1], points[i + 1]].filter((neighbour): neighbour is PlotPoint => neighbour !== undefined);
  const lower = neighbours.filter((neighbour) => neighbour.y > point.y).length;
  const higher = neighbours.filter((neighbour) => neighbour.y < point.y).length;
  // Between a higher and a lower neighbour, below reads best on the usual downward slope.
  const preferAbove = lower > higher;
  const shifts = [0, point.width / 4, point.width / 2].flatMap((shift) => (shift ? [-shift, shift] : [0]));
  const candidates = shifts.flatMap((dx) => [place(point, preferAbove, dx), place(point, !preferAbove, dx)]);
  const fits = (label: LabelPlace) => label.top >= bounds.top && label.bottom <= bounds.bottom;
  const clearOf = (label: LabelPlace, other: LabelPlace) => label.bottom < other.top || other.bottom < label.top || Math.abs(label.x - other.x) >= (label.width + other.width) / 2;
  const free = (label: LabelPlace) =>
    fits(label) && neighbours.every((neighbour) => !segmentCrosses(point, neighbour, label)) && placed.every((other) => clearOf(label, other));
  return candidates.find(free) ?? candidates.slice(0, 2).find(fits) ?? candidates[0];
}

/** Whether the line from a point to its neighbour passes through (or close by) a label of the point. */
function segmentCrosses(point: PlotPoint, neighbour: PlotPoint, label: LabelPlace): boolean {
  const left = label.x - label.width / 2;
  const right = label.x + label.width / 2;
  const from = Math.max(left, Math.min(point.x, neighbour.x));
  const to = Math.min(right, Math.max(point.x, neighbour.x));
  if (from > to) return false;
  const yAt = (x: number) => point.y + ((neighbour.y - point.y) * (x - point.x)) / (neighbour.x - point.x || 1);
  const low = Math.min(yAt(from), yAt(to));
  const high = Math.max(yAt(from), yAt(to));
  return high >= label.top - CLEARANCE && low <= label.bottom + CLEARANCE;
}
