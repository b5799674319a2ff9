import type { ReportYear } from '../model/report-year.ts';
import { publicYears } from './public-years.ts';

/** One page per cover report of every public year, for getStaticPaths. */
export function coverReportPaths(entries: readonly { id: string; data: Record<string, unknown> & { meta: { status: string } } }[]) {
  return publicYears(entries).flatMap((entry) => {
    const year = entry.data as unknown as ReportYear;
    return (year.coverReports ?? []).map(({ id }) => ({ params: { year: year.id, meeting: id }, props: { year, meeting: id } }));
  });
}
