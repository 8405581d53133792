// A rank chart as a native PowerPoint chart: an XY (scatter) chart drawn as a line, rank 1 at the
// top, each point labelled with its own text ("10/142"), which a line chart cannot do when the
// number of countries differs from year to year.
import type PptxGenJS from 'pptxgenjs';
import type { RankChartItem } from '../../deck/index.ts';
import { palette } from '../../theme/tokens.ts';
import { colour, FONT, LANGUAGE, place, points } from './units.ts';

// pptxgenjs 4.0.1's types allow only 'minMax' and numbers, while its code writes any value into
// the XML: the reversed axis and "cross at the bottom" need the wider types.
type ChartOptions = Omit<PptxGenJS.IChartOpts, 'valAxisOrientation' | 'valAxisCrossesAt'> & {
  valAxisOrientation?: 'minMax' | 'maxMin';
  valAxisCrossesAt?: number | 'autoZero' | 'max' | 'min';
};

/** The points' labels in px, as on the site's charts. */
export const RANK_LABEL_SIZE = 16;

/** Marker fills, one per chart in the order drawn: pptxgenjs fills markers with the line's colour (see patch.ts). */
export type MarkerFills = string[];

export function drawRankChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, chart: RankChartItem, markerFills?: MarkerFills): void {
  const first = chart.years[0];
  const last = chart.years[chart.years.length - 1];
  const sorted = [...chart.points].sort((a, b) => a.year - b.year);
  const data = [
    { name: 'År', values: sorted.map((point) => point.year) },
    { name: chart.name, values: sorted.map((point) => point.rank), labels: [sorted.map((point) => point.label)] },
  ];
  const label = { fontFace: FONT, color: colour(palette.chartLabel) };
  const options: ChartOptions = {
    ...place(chart.box),
    lang: LANGUAGE,
    chartColors: [colour(palette.blueMid)],
    lineSize: points(2),
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 7,
    lineDataSymbolLineColor: colour(palette.blue),
    lineDataSymbolLineSize: points(2),
    // Rank 1 at the top; the years' axis crosses at the lowest rank, so it stays at the bottom.
    valAxisOrientation: 'maxMin',
    valAxisCrossesAt: 'max',
    valAxisMinVal: 1,
    valAxisMaxVal: chart.maxRank,
    valAxisMajorUnit: chart.maxRank - 1,
    valAxisLabelFontSize: points(13),
    valAxisLabelFontFace: label.fontFace,
    valAxisLabelColor: label.color,
    valAxisLineShow: false,
    valGridLine: { color: colour(palette.chartGrid), size: 0.75 },
    // An XY chart labels its axis from its minimum in steps: the first and last years are the ends.
    catAxisMinVal: first,
    catAxisMaxVal: last,
    catAxisMajorUnit: 1,
    valAxisLabelFormatCode: '0',
    catAxisLabelFontSize: points(13),
    catAxisLabelFontFace: label.fontFace,
    catAxisLabelColor: label.color,
    catAxisLineShow: false,
    catGridLine: { style: 'none' },
    showLabel: true,
    dataLabelFormatScatter: 'custom',
    dataLabelPosition: 't',
    dataLabelFontSize: points(RANK_LABEL_SIZE),
    dataLabelFontBold: true,
    dataLabelFontFace: FONT,
    dataLabelColor: colour(palette.navy),
    showLegend: false,
    showTitle: false,
    plotArea: { fill: { color: colour(palette.blueLight) } },
    fill: colour(palette.blueLight),
    altText: `${chart.name}: ${sorted.map((point) => `${point.year} plats ${point.label}`).join(', ')}`,
  };
  slide.addChart(pptx.ChartType.scatter, data, options as PptxGenJS.IChartOpts);
  markerFills?.push(sorted.some((point) => point.hollow) ? palette.white : palette.blue);
}
