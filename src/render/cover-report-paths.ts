import { isCompleteCoverReport } from '../model/compute/publication-gaps.ts';
import type { ReportYear } from '../model/report-year.ts';
import { publicYears } from './public-years.ts';

/**
 * One page per cover report of every public year, for getStaticPaths. A
 * draft cover report (missing a name, its date or an approval) is built only
 * on the preview server; the public build leaves it out, and the review
 * report prints it marked DRAFT.
 */
export function coverReportPaths(
  entries: readonly { id: string; data: Record<string, unknown> & { meta: { status: string } } }[],
  includeDrafts: boolean = import.meta.env?.DEV ?? false,
) {
  return publicYears(entries, includeDrafts).flatMap((entry) => {
    const year = entry.data as unknown as ReportYear;
    return (year.coverReports ?? [])
      .filter(({ id, report }) => includeDrafts || isCompleteCoverReport(year.id, id, report))
      .map(({ id }) => ({ params: { year: year.id, meeting: id }, props: { year, meeting: id } }));
  });
}
