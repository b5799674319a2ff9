import type { Site } from '../../src/model/report-year.ts';

/**
 * The newest published year of a site: what a test of the report page uses,
 * so it runs on whatever content the repository holds.
 */
export function latestPublishedYear(site: Site) {
  const year = site.years.filter((candidate) => candidate.meta.status === 'published').at(-1);
  if (!year) throw new Error('The content has no published year, so there is no report page to test: publish one with npm run publish-year.');
  return year;
}
