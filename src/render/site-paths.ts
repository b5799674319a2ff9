import { siteTrends } from '../model/compute/site-trends.ts';
import type { ReportYear } from '../model/report-year.ts';
import type { Partnership } from '../model/schemas/partnership.ts';
import { openDataPaths } from './open-data-paths.ts';
import { trendAnchor } from './trend-anchor.ts';

/** Every public page of the site, as the sitemap lists it: the site-wide pages, each year's report and child version, then the open data files. */
export function sitePaths(years: readonly ReportYear[], partners: Partnership['partners']): string[] {
  return [
    '/',
    '/trends/',
    '/search/',
    '/accessibility/',
    ...years.flatMap((year) => [`/${year.id}/`, ...(year.children && year.narrative.children ? [`/${year.id}/children/`] : [])]),
    ...openDataPaths(years, siteTrends(years, partners).map(trendAnchor)),
  ];
}
