import type { CoverReport } from '../schemas/cover-report.ts';

/**
 * Whether the cover report's appendix is the year's full annual report as
 * this site builds it. Only then is the agenda pack (the cover report
 * followed by that report) made: a paper whose appendix is a document the
 * site does not hold in full, or that has none, is filed alone.
 */
export function hasAgendaPack(report: CoverReport): boolean {
  return report.appendices.some((appendix) => appendix.annualReport === true);
}
