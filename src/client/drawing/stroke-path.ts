// A stroke's points as the outline of a pen line (perfect-freehand), as SVG path data: the pen thin
// and lively, the highlighter broad and even. Every window draws the same points the same way.
import { getStroke } from 'perfect-freehand';
import type { Stroke } from '../sync/protocol.ts';

const TOOLS = {
  pen: { size: 8, thinning: 0.5, smoothing: 0.5, streamline: 0.5 },
  highlighter: { size: 36, thinning: 0, smoothing: 0.5, streamline: 0.5 },
} as const;

export function strokePath({ tool, points }: Pick<Stroke, 'tool' | 'points'>, last = true): string {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) pairs.push([points[i], points[i + 1]]);
  const outline = getStroke(pairs, { ...TOOLS[tool], last });
  if (outline.length === 0) return '';
  const [first, ...rest] = outline;
  const round = (n: number) => Math.round(n * 10) / 10;
  return `M${round(first[0])} ${round(first[1])}${rest.map(([x, y]) => `L${round(x)} ${round(y)}`).join('')}Z`;
}
