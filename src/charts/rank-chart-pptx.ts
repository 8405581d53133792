// One index's placements as a PowerPoint rank chart (drawn natively by src/export/pptx/chart.ts).
import type { Box, RankChartItem } from '../deck/index.ts';
import type { Placement } from './placements.ts';
import { rankLabel, type ChartFrame } from './rank-chart.ts';

export function rankChartItem(placements: readonly Placement[], frame: ChartFrame, name: string, box: Box): RankChartItem {
  return {
    type: 'rank-chart',
    box,
    years: frame.years,
    maxRank: frame.maxRank,
    name,
    points: placements.map((placement) => ({ year: placement.year, rank: placement.rank, label: rankLabel(placement), hollow: placement.basis === 'calculated' })),
  };
}
