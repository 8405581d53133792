// The small rank charts: their shared frame, their labels, and where each label goes.
import { describe, expect, test } from 'vitest';
import { placeLabel, type PlotPoint } from '../../src/charts/labels.ts';
import type { Placement } from '../../src/charts/placements.ts';
import { frameFor, rankLabel, renderRankChart } from '../../src/charts/rank-chart.ts';

const at = { file: 'data.yaml', line: 1, column: 1 };
const placement = (year: number, rank: number, of: number | null = 100, basis: Placement['basis'] = 'published'): Placement => ({ index: 'X', year, rank, of, basis, source: 's', indexAt: at });

describe('frameFor', () => {
  test('spans every year from the first to the last, and ranks down to a round ten', () => {
    expect(frameFor([placement(2016, 23), placement(2012, 45)])).toEqual({ years: [2012, 2013, 2014, 2015, 2016], maxRank: 50 });
    expect(frameFor([placement(2014, 3)])).toEqual({ years: [2014], maxRank: 10 });
  });
});

describe('renderRankChart', () => {
  const frame = frameFor([placement(2012, 1), placement(2016, 50)]);
  const svg = renderRankChart([placement(2014, 28, 193, 'calculated'), placement(2012, 16, 193, 'calculated'), placement(2015, 10, null)], frame);

  test('labels each point like "16/193", in year order, and "?" when the count is unknown', () => {
    expect([...svg.matchAll(/class="rank-chart__label"[^>]*>([^<]*)</g)].map((match) => match[1])).toEqual(['16/193', '28/193', '10/?']);
    expect(rankLabel(placement(2014, 10, null))).toBe('10/?');
  });

  test('draws calculated ranks as hollow points and joins the points in year order', () => {
    expect(svg.match(/rank-chart__point--calculated/g)).toHaveLength(2);
    expect(svg.match(/rank-chart__point--published/g)).toHaveLength(1);
    const path = /<path class="rank-chart__line" d="M([\d.]+),[\d.]+L([\d.]+),[\d.]+L([\d.]+),/.exec(svg);
    const xs = path?.slice(1).map(Number) ?? [];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  test('puts rank 1 at the top and the lowest rank at the bottom, with a year under each column', () => {
    const ticks = [...svg.matchAll(/class="rank-chart__tick" x="[\d.]+" y="([\d.]+)"[^>]*>(\d+)</g)].map((match) => [Number(match[2]), Number(match[1])]);
    expect(ticks[0][0]).toBe(1);
    expect(ticks[1][0]).toBe(50);
    expect(ticks[0][1]).toBeLessThan(ticks[1][1]);
    expect(svg.match(/class="rank-chart__year"/g)).toHaveLength(5);
    expect(svg).toContain('aria-hidden="true"');
  });
});

describe('placeLabel', () => {
  const bounds = { top: 0, bottom: 100 };
  const points = (...ys: number[]): PlotPoint[] => ys.map((y, i) => ({ x: 40 + i * 66, y, width: 58 }));
  const above = (ys: number[], i: number) => placeLabel(points(...ys), i, bounds).bottom <= ys[i];

  test('puts the label of a low point between two higher ones below it', () => {
    expect(above([20, 60, 30], 1)).toBe(false);
  });

  test('puts the label of a peak above it', () => {
    expect(above([80, 40, 70], 1)).toBe(true);
  });

  test('puts a label below a point on a downward slope, clear of the line that comes down to it', () => {
    // Sweden's Government Usage 7 → 20 → 23: the line from 7 would cross a label above 20.
    expect(above([20, 42, 47], 1)).toBe(false);
  });

  test('keeps labels inside the drawing: below a point at the top, above one at the bottom', () => {
    expect(above([10, 40], 0)).toBe(false);
    expect(above([40, 95], 1)).toBe(true);
  });

  test('moves a label sideways, off the line and clear of the label before it, when neither side is free', () => {
    // Government Usage 8 → 7 → 20 near the top: no room above 7, and the line to 20 runs under its middle.
    const row: PlotPoint[] = [{ x: 48, y: 22, width: 48 }, { x: 114, y: 20, width: 48 }, { x: 180, y: 42, width: 58 }];
    const first = placeLabel(row, 0, { top: 6, bottom: 100 });
    const second = placeLabel(row, 1, { top: 6, bottom: 100 }, [first]);
    expect(second.top).toBeGreaterThan(row[1].y);
    expect(second.dx).toBeLessThan(0);
    expect(second.x - second.width / 2).toBeGreaterThanOrEqual(first.x + first.width / 2);
  });
});
