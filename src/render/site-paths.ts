import type { ReportYear } from '../model/report-year.ts';

/** Every public web page of the site, as the sitemap lists it: the site-wide pages, then each year's report and child version. */
export function sitePaths(years: readonly ReportYear[]): string[] {
  return [
    '/',
    '/trends/',
    '/search/',
    '/accessibility/',
    ...years.flatMap((year) => [`/${year.id}/`, ...(year.children && year.narrative.children ? [`/${year.id}/children/`] : [])]),
  ];
}
