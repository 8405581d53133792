// Where a point's label goes: above or below it, on the side that is free of the lines to its neighbours.

export interface PlotPoint {
  x: number;
  y: number;
  /** The label's width in the drawing's units. */
  width: number;
}

/** The drawing's limits for a label's top and bottom edge. */
export interface Bounds {
  top: number;
  bottom: number;
}

export const LABEL_GAP = 9;
// Height of the label's digits (cap height of the 16 px label type).
export const LABEL_CAP = 12;
// How close a line may come to a label's digits.
const CLEARANCE = 3;

/** The label's vertical extent on one side of its point. */
export function labelBox(point: PlotPoint, above: boolean): Bounds {
  return above
    ? { top: point.y - LABEL_GAP - LABEL_CAP, bottom: point.y - LABEL_GAP }
    : { top: point.y + LABEL_GAP, bottom: point.y + LABEL_GAP + LABEL_CAP };
}

/** Above or below: the free side away from the neighbours, else the free side, else the side with room. */
export function placeLabelAbove(points: readonly PlotPoint[], i: number, bounds: Bounds): boolean {
  const point = points[i];
  const neighbours = [points[i - 1], points[i + 1]].filter((neighbour): neighbour is PlotPoint => neighbour !== undefined);
  const fits = (above: boolean) => {
    const box = labelBox(point, above);
    return box.top >= bounds.top && box.bottom <= bounds.bottom;
  };
  const free = (above: boolean) => fits(above) && neighbours.every((neighbour) => !segmentCrosses(point, neighbour, labelBox(point, above)));
  const lower = neighbours.filter((neighbour) => neighbour.y > point.y).length;
  const higher = neighbours.filter((neighbour) => neighbour.y < point.y).length;
  // Between a higher and a lower neighbour, below reads best on the usual downward slope.
  const preferAbove = lower > higher;
  for (const above of [preferAbove, !preferAbove]) if (free(above)) return above;
  return fits(preferAbove) ? preferAbove : !preferAbove;
}

/** Whether the line from a point to its neighbour passes through the point's label. */
function segmentCrosses(point: PlotPoint, neighbour: PlotPoint, box: Bounds): boolean {
  const half = point.width / 2;
  // The part of the line under the label: from the point to the label's edge on the neighbour's side.
  const reach = Math.min(half, Math.abs(neighbour.x - point.x));
  const yAtEdge = point.y + ((neighbour.y - point.y) * reach) / Math.abs(neighbour.x - point.x || 1);
  const low = Math.min(point.y, yAtEdge);
  const high = Math.max(point.y, yAtEdge);
  return high >= box.top - CLEARANCE && low <= box.bottom + CLEARANCE;
}
