import { scaleLinear, scalePoint } from 'd3-scale';
import { percent } from './svg-percent.ts';
import { escapeXml } from './svg-text.ts';

export interface LinePoint {
  /** Where the point sits along the axis, for example "2024/25". */
  label: string;
  value: number;
}

export interface LineChartSpec {
  /** A stable id, unique on the page, for the SVG's title and description. */
  id: string;
  title: string;
  /** One sentence saying what the chart shows, read out by screen readers with the numbers. */
  summary: string;
  /** In order along the axis, oldest first. */
  points: LinePoint[];
  format: (value: number) => string;
  /** How axis ticks are written, when shorter than `format`. */
  tickFormat?: (value: number) => string;
}

const plotHeight = 200;
/** Room above the plot for the value written over the highest point. */
const top = 24;
const axisHeight = 32;
/** Where the plot starts and ends across the width, in per cent: the value ticks take the left. */
const plotStart = 16;
const plotEnd = 92;

/**
 * A line chart of one indicator over the years, as an SVG string drawn at
 * build time. As in the bar chart, positions across are percentages and text
 * is in CSS pixels, so the words stay readable on a 320 px screen. The line
 * itself is drawn in a stretched inner SVG with a stroke that does not scale;
 * the points and their values are in the outer one, so they keep their shape.
 * The value axis starts at zero, so the slope is never exaggerated.
 */
export function lineChart(spec: LineChartSpec): { svg: string; height: number } {
  const values = spec.points.map((point) => point.value);
  const y = scaleLinear().domain([0, Math.max(...values, 0)]).range([top + plotHeight, top]).nice();
  const x = scalePoint<string>().domain(spec.points.map((point) => point.label)).range([plotStart, plotEnd]).padding(0.5);
  const height = top + plotHeight + axisHeight;
  const at = (label: string) => x(label) ?? plotStart;

  const grid = y
    .ticks(4)
    .map((tick) =>
      [
        `<line class="chart-grid" x1="${plotStart}%" x2="100%" y1="${y(tick)}" y2="${y(tick)}"/>`,
        `<text class="chart-tick" x="${plotStart - 2}%" y="${y(tick) + 4.5}" text-anchor="end">${escapeXml((spec.tickFormat ?? spec.format)(tick))}</text>`,
      ].join(''),
    )
    .join('');
  // The stretched inner SVG maps 0–100 across and the chart's own pixels down.
  const path = spec.points.map((point, index) => `${index === 0 ? 'M' : 'L'}${at(point.label).toFixed(2)},${y(point.value).toFixed(2)}`).join('');
  const line = `<svg x="0" y="0" width="100%" height="${height}" viewBox="0 0 100 ${height}" preserveAspectRatio="none" aria-hidden="true"><path class="chart-line" d="${path}" fill="none" stroke-width="3" vector-effect="non-scaling-stroke"/></svg>`;
  const points = spec.points
    .map((point) => {
      const cx = percent(at(point.label));
      const cy = y(point.value);
      return [
        `<circle class="chart-point" cx="${cx}" cy="${cy}" r="5"/>`,
        `<text class="chart-value" x="${cx}" y="${cy - 10}" text-anchor="middle">${escapeXml(spec.format(point.value))}</text>`,
        `<text class="chart-tick" x="${cx}" y="${top + plotHeight + 20}" text-anchor="middle">${escapeXml(point.label)}</text>`,
      ].join('');
    })
    .join('');

  const svg = [
    `<svg class="chart chart--line" role="img" aria-labelledby="${spec.id}-line-title ${spec.id}-line-desc" width="100%" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${spec.id}-line-title">${escapeXml(spec.title)}</title>`,
    `<desc id="${spec.id}-line-desc">${escapeXml(describeLine(spec))}</desc>`,
    grid,
    line,
    points,
    '</svg>',
  ].join('');
  return { svg, height };
}

/** The chart's summary followed by every value, so the description alone carries the data. */
export function describeLine(spec: LineChartSpec): string {
  return `${spec.summary} ${spec.points.map((point) => `${point.label}: ${spec.format(point.value)}`).join('; ')}.`;
}
