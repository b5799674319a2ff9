import type { ReportYear } from '../model/report-year.ts';
import { formatYear } from './format.ts';

/** A year's title for lists of years: the year is added in front only when the title does not already say it. */
export function yearTitle(year: Pick<ReportYear, 'id' | 'meta'>): string {
  return year.meta.title.includes(formatYear(year.id)) ? year.meta.title : `${formatYear(year.id)}: ${year.meta.title}`;
}
