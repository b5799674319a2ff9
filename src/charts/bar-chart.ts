import { scaleLinear } from 'd3-scale';
import { percent } from './svg-percent.ts';
import { escapeXml } from './svg-text.ts';

export interface Bar {
  label: string;
  value: number;
}

export interface BarGroup {
  /** Shown as a heading above its bars, for grouped charts; omit for a simple list of bars. */
  label?: string;
  bars: Bar[];
}

export interface BarChartSpec {
  /** A stable id, unique on the page, for the SVG's title and description. */
  id: string;
  title: string;
  /** One sentence saying what the chart shows, read out by screen readers with the numbers. */
  summary: string;
  groups: BarGroup[];
  format: (value: number) => string;
  /** How axis ticks are written, when shorter than `format` (for example "£100k"). */
  tickFormat?: (value: number) => string;
  /** The largest value on the axis; defaults to the data's maximum, rounded to a tick. */
  domainMax?: number;
}

export interface BarChart {
  svg: string;
  height: number;
}

/**
 * "stacked" puts each label above its bar, for narrow screens; "inline" puts
 * the label beside the bar, which halves the height for wide screens and print.
 */
export type BarChartLayout = 'stacked' | 'inline';

const lineHeight = 19;
const groupHeading = 30;
/** About as many characters as fit across a 288 px wide chart (a 320 px screen less its margins) at 15 px. */
const wrapAt = 32;
const barThickness = 18;
const axisHeight = 28;
const labelFontSize = 15;

/**
 * A horizontal bar chart as an SVG string, drawn at build time.
 *
 * Lengths across the chart are percentages of its width and text is in CSS
 * pixels, so bars stretch with the screen while the words stay readable at
 * 320 px: a viewBox would shrink the text with the chart. Every bar carries
 * its label and value in words, so colour never has to tell bars apart.
 */
export function barChart(spec: BarChartSpec, layout: BarChartLayout = 'stacked'): BarChart {
  const values = spec.groups.flatMap((group) => group.bars.map((bar) => bar.value));
  const plotStart = layout === 'inline' ? inlinePlotStart : 0;
  const x = scaleLinear()
    .domain([0, spec.domainMax ?? Math.max(...values, 0)])
    .range([plotStart, layout === 'inline' ? 88 : 100])
    .nice();
  // The inline plot is narrower, so it has fewer ticks to keep their labels apart.
  const ticks = x.ticks(layout === 'inline' ? 3 : 4);
  if (layout === 'inline') return inlineChart(spec, x, ticks);

  const parts: string[] = [];
  let y = 0;
  for (const group of spec.groups) {
    if (group.label) {
      y += groupHeading;
      parts.push(`<text class="chart-group" x="0" y="${y - 10}" font-size="${labelFontSize}" font-weight="700">${escapeXml(group.label)}</text>`);
    }
    for (const bar of group.bars) {
      const width = Math.max(0, x(bar.value));
      const lines = wrapWords(`${bar.label}: ${spec.format(bar.value)}`, wrapAt);
      const tspans = lines.map((line, index) => `<tspan x="0" dy="${index === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join('');
      parts.push(
        `<text class="chart-label" y="${y + labelFontSize}" font-size="${labelFontSize}">${tspans}</text>`,
        `<rect class="chart-bar" x="0" y="${y + lines.length * lineHeight + 2}" width="${percent(width)}" height="${barThickness}"/>`,
      );
      y += lines.length * lineHeight + barThickness + 14;
    }
  }
  const plotHeight = y;
  return wrapSvg(spec, 'stacked', plotHeight, axis(spec, x, ticks, 0, plotHeight) + parts.join(''));
}

/** Where bars start in the inline layout, as a percentage of the width: the labels take the rest. */
const inlinePlotStart = 42;
const inlineWrapAt = 34;
const inlineLine = 16;

function inlineChart(spec: BarChartSpec, x: ReturnType<typeof scaleLinear<number, number>>, ticks: number[]): BarChart {
  const parts: string[] = [];
  let y = 0;
  for (const group of spec.groups) {
    if (group.label) {
      y += groupHeading;
      parts.push(`<text class="chart-group" x="0" y="${y - 10}" font-size="${labelFontSize}" font-weight="700">${escapeXml(group.label)}</text>`);
    }
    for (const bar of group.bars) {
      const lines = wrapWords(bar.label, inlineWrapAt);
      const rowHeight = Math.max(lines.length * inlineLine, barThickness) + 8;
      const middle = y + rowHeight / 2;
      const firstBaseline = middle - ((lines.length - 1) * inlineLine) / 2 + 4;
      const tspans = lines.map((line, index) => `<tspan x="${inlinePlotStart - 1.5}%" dy="${index === 0 ? 0 : inlineLine}">${escapeXml(line)}</tspan>`).join('');
      const end = x(bar.value);
      parts.push(
        `<text class="chart-label chart-label--inline" y="${firstBaseline}" text-anchor="end">${tspans}</text>`,
        `<rect class="chart-bar" x="${inlinePlotStart}%" y="${middle - barThickness / 2}" width="${percent(Math.max(0, end - inlinePlotStart))}" height="${barThickness}"/>`,
        `<text class="chart-value" x="${percent(end)}" dx="5" y="${middle + 4.5}">${escapeXml(spec.format(bar.value))}</text>`,
      );
      y += rowHeight;
    }
  }
  return wrapSvg(spec, 'inline', y, axis(spec, x, ticks, inlinePlotStart, y) + parts.join(''));
}

function axis(spec: BarChartSpec, x: ReturnType<typeof scaleLinear<number, number>>, ticks: number[], start: number, plotHeight: number): string {
  return ticks
    .map((tick) => {
      const at = percent(x(tick));
      const anchor = x(tick) <= start + 0.5 ? 'start' : x(tick) >= 99 ? 'end' : 'middle';
      return [
        `<line class="chart-grid" x1="${at}" x2="${at}" y1="0" y2="${plotHeight}"/>`,
        `<text class="chart-tick" x="${at}" y="${plotHeight + 18}" text-anchor="${anchor}">${escapeXml((spec.tickFormat ?? spec.format)(tick))}</text>`,
      ].join('');
    })
    .join('');
}

function wrapSvg(spec: BarChartSpec, layout: BarChartLayout, plotHeight: number, body: string): BarChart {
  const height = plotHeight + axisHeight;
  // The two layouts are alternatives of one chart: ids are suffixed so both can be on the page.
  const id = `${spec.id}-${layout}`;
  const svg = [
    `<svg class="chart chart--${layout}" role="img" aria-labelledby="${id}-title ${id}-desc" width="100%" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeXml(spec.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(describe(spec))}</desc>`,
    body,
    '</svg>',
  ].join('');
  return { svg, height };
}

/** Breaks text into lines of at most `width` characters, at spaces. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The chart's description: its summary. Every value is in the data table
 * that follows the chart, so it is not read out a second time here; in the
 * PDF this is the figure's alternative text, title and summary, before the
 * table.
 */
export function describe(spec: BarChartSpec): string {
  return spec.summary;
}
