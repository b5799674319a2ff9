import { getIconData, iconToSVG } from '@iconify/utils';
import { scaleBand } from 'd3-scale';
import { illustrationSet } from '../model/children/illustrations.ts';
import { escapeXml } from './svg-text.ts';

/** How many pictures a row of people may hold before each must stand for more. */
const mostPictures = 30;
const perRow = 10;
const size = 32;

/**
 * What each little person stands for: 1, 10, 100, 1,000… the smallest that
 * draws the largest value in at most 30 people. Figures drawn side by side
 * share one, so the pictures compare fairly.
 */
export function pictureUnit(values: readonly number[]): number {
  const largest = Math.max(...values, 1);
  return 10 ** Math.max(0, Math.ceil(Math.log10(largest / mostPictures)));
}

export interface PictureCount {
  /** People drawn whole. */
  whole: number;
  /** How much of one more person is drawn, from 0 (none) to just under 1. */
  part: number;
}

/** A value as whole people and part of one more: 535 with a unit of 100 is 5 people and 0.35 of one. */
export function countPictures(value: number, unit: number): PictureCount {
  const people = value / unit;
  const whole = Math.floor(people);
  // Rounded to a hundredth, so 0.35 is not drawn as 0.3499999.
  return { whole, part: Math.round((people - whole) * 100) / 100 };
}

export interface PictureCountSpec {
  /** Unique on the page: it names the SVG's title, description and shapes. */
  id: string;
  value: number;
  unit: number;
  /** Read out in place of the picture: the number and what it counts, in words. */
  title: string;
}

/** "Shown as 5 whole people and part of one more. Each person stands for 100." */
export function describePictureCount({ whole, part }: PictureCount, unit: number): string {
  const people = `${whole} ${whole === 1 ? 'person' : 'people'}`;
  const drawn = part > 0 ? `${people} and part of one more` : people;
  return `Shown as ${drawn}. Each person stands for ${unit.toLocaleString('en-GB')}.`;
}

/**
 * A row of little people, drawn at build time: one for each unit, and the
 * last one cut to the part left over, so the picture is the number itself.
 * The picture is defined once and reused, to keep the page light.
 */
export function pictureCountSvg(spec: PictureCountSpec): { svg: string } & PictureCount {
  const count = countPictures(spec.value, spec.unit);
  const drawn = count.whole + (count.part > 0 ? 1 : 0);
  const columns = Math.min(perRow, Math.max(drawn, 1));
  const rows = Math.max(1, Math.ceil(drawn / perRow));
  const x = scaleBand<number>().domain([...Array(columns).keys()]).range([0, columns * size]).paddingInner(0.1);
  const y = scaleBand<number>().domain([...Array(rows).keys()]).range([0, rows * size]).paddingInner(0.1);
  const data = getIconData(illustrationSet(), 'child')!;
  const icon = iconToSVG(data);
  const symbol = `${spec.id}-person`;
  const people = [...Array(drawn).keys()].map((index) => {
    // Each person is placed by a transform, so the cut for the last one is measured from its own corner.
    const place = `transform="translate(${x(index % perRow)} ${y(Math.floor(index / perRow))})"`;
    const person = (className: string) => `<use href="#${symbol}" width="${x.bandwidth()}" height="${y.bandwidth()}" class="${className}"/>`;
    if (index < count.whole) return `<g ${place}>${person('pictures__whole')}</g>`;
    const cut = `<clipPath id="${spec.id}-part"><rect width="${(x.bandwidth() * count.part).toFixed(2)}" height="${y.bandwidth()}"/></clipPath>`;
    return `<g ${place}>${cut}${person('pictures__faded')}<g clip-path="url(#${spec.id}-part)">${person('pictures__part')}</g></g>`;
  });
  const svg =
    `<svg class="pictures" viewBox="0 0 ${columns * size} ${rows * size}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" data-unit="${spec.unit}" data-whole="${count.whole}" data-part="${count.part}">` +
    `<title id="${spec.id}-title">${escapeXml(spec.title)}</title><desc id="${spec.id}-desc">${escapeXml(describePictureCount(count, spec.unit))}</desc>` +
    `<defs><symbol id="${symbol}" viewBox="${icon.attributes.viewBox}">${icon.body}</symbol></defs>` +
    people.join('') +
    '</svg>';
  return { svg, ...count };
}
