import { scaleBand } from 'd3-scale';
import { escapeXml } from './svg-text.ts';

export interface IconArraySpec {
  /** Unique on the page: it names the SVG's title and description. */
  id: string;
  /** A percentage: as many of the 100 squares are filled in, rounded to a whole one. */
  percent: number;
  /** Read out in place of the picture: the same sentence as the words beside it. */
  title: string;
}

/** How many of 100 squares a percentage fills: 86 fills 86, 85.6 fills 86. */
export function filledOfHundred(percent: number): number {
  return Math.min(100, Math.max(0, Math.round(percent)));
}

const side = 10;

/**
 * "86 in every 100" as a picture: ten rows of ten squares, filled in row by
 * row. Drawn at build time, so the page needs no script.
 */
export function iconArraySvg(spec: IconArraySpec): { svg: string; filled: number } {
  const filled = filledOfHundred(spec.percent);
  const band = scaleBand<number>().domain([...Array(side).keys()]).range([0, side * 10]).paddingInner(0.18);
  const squares = [...Array(100).keys()].map(
    (index) =>
      `<rect x="${band(index % side)!.toFixed(2)}" y="${band(Math.floor(index / side))!.toFixed(2)}" width="${band.bandwidth().toFixed(2)}" height="${band.bandwidth().toFixed(2)}" rx="1.6" class="${index < filled ? 'icon-array__on' : 'icon-array__off'}"/>`,
  );
  const svg =
    `<svg class="icon-array" viewBox="0 0 ${side * 10} ${side * 10}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" data-filled="${filled}">` +
    `<title id="${spec.id}-title">${escapeXml(spec.title)}</title>` +
    `<desc id="${spec.id}-desc">${escapeXml(`A square of 100 boxes, with ${filled} filled in.`)}</desc>` +
    squares.join('') +
    '</svg>';
  return { svg, filled };
}
