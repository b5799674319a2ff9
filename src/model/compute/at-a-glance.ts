import type { ReportYear } from '../report-year.ts';
import type { HeadlineFigure } from '../schemas/headline-figure.ts';
import type { FigureChange } from './figure-change.ts';

/** How many figures "At a glance" shows: few enough to take in at once on a phone. */
export const atAGlanceCount = 4;

/**
 * The figures shown first: the year's headline figures that have both a
 * number and a change (worked out, or stated by the report), in the order
 * the report gives them. A number without a change says less than one with
 * it, so it waits for the full list further down.
 */
export function atAGlanceFigures(year: ReportYear, changes: ReadonlyMap<string, FigureChange>): HeadlineFigure[] {
  return (year.headlineFigures ?? [])
    .filter((figure) => figure.value !== undefined && (changes.has(figure.id) || figure.statedChange !== undefined))
    .slice(0, atAGlanceCount);
}
