import { scaleLinear } from 'd3-scale';

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
  /** The largest value on the axis; defaults to the data's maximum, rounded to a tick. */
  domainMax?: number;
}

export interface BarChart {
  svg: string;
  height: number;
}

const lineHeight = 19;
const groupHeading = 30;
/** About as many characters as fit across a 288 px wide chart (a 320 px screen less its margins) at 15 px. */
const wrapAt = 32;
const barThickness = 18;
const axisHeight = 28;
const labelFontSize = 15;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A horizontal bar chart as an SVG string, drawn at build time.
 *
 * Lengths across the chart are percentages of its width and text is in CSS
 * pixels, so bars stretch with the screen while the words stay readable at
 * 320 px: a viewBox would shrink the text with the chart. Every bar carries
 * its label and value in words, so colour never has to tell bars apart.
 */
export function barChart(spec: BarChartSpec): BarChart {
  const values = spec.groups.flatMap((group) => group.bars.map((bar) => bar.value));
  const x = scaleLinear()
    .domain([0, spec.domainMax ?? Math.max(...values, 0)])
    .range([0, 100])
    .nice();
  const ticks = x.ticks(4);

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
        `<rect class="chart-bar" x="0" y="${y + lines.length * lineHeight + 2}" width="${width.toFixed(2)}%" height="${barThickness}"/>`,
      );
      y += lines.length * lineHeight + barThickness + 14;
    }
  }
  const plotHeight = y;
  const grid = ticks
    .map((tick) => {
      const at = `${x(tick).toFixed(2)}%`;
      const anchor = tick === 0 ? 'start' : x(tick) >= 99 ? 'end' : 'middle';
      return [
        `<line class="chart-grid" x1="${at}" x2="${at}" y1="0" y2="${plotHeight}"/>`,
        `<text class="chart-tick" x="${at}" y="${plotHeight + 18}" font-size="13" text-anchor="${anchor}">${escapeXml(spec.format(tick))}</text>`,
      ].join('');
    })
    .join('');
  const height = plotHeight + axisHeight;
  const svg = [
    `<svg class="chart" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" width="100%" height="${height}" preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${spec.id}-title">${escapeXml(spec.title)}</title>`,
    `<desc id="${spec.id}-desc">${escapeXml(describe(spec))}</desc>`,
    grid,
    ...parts,
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

/** The chart's summary followed by every value, so the description alone carries the data. */
export function describe(spec: BarChartSpec): string {
  const groups = spec.groups.map((group) => {
    const bars = group.bars.map((bar) => `${bar.label}: ${spec.format(bar.value)}`).join('; ');
    return group.label ? `${group.label}: ${bars}.` : `${bars}.`;
  });
  return [spec.summary, ...groups].join(' ');
}
