import type { ContentProblem } from '../load/content-problem.ts';

/**
 * A site with no reporting year has nothing to publish. Counted from the
 * year folders found, not the years that loaded, so a year with a mistake in
 * one file is reported for that mistake alone.
 */
export function checkReportingYears(yearIds: readonly string[]): ContentProblem[] {
  if (yearIds.length > 0) return [];
  return [
    {
      file: 'data/',
      message: 'There are no reporting years: no folder named like 2024-25 in data/ or content/.',
      fix: 'Start one with npm run new-year -- <year>, for example npm run new-year -- 2025-26.',
      severity: 'error',
      check: 'reporting-years',
    },
  ];
}
