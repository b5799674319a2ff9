import type { ReportYear } from '../model/report-year.ts';
import { publicYears } from './public-years.ts';

/** Every public year that has a child version, for getStaticPaths. */
export function childVersionPaths(entries: readonly { id: string; data: Record<string, unknown> & { meta: { status: string } } }[]) {
  return publicYears(entries)
    .map((entry) => entry.data as unknown as ReportYear)
    .filter((year) => year.children && year.narrative.children)
    .map((year) => ({ params: { year: year.id }, props: { year } }));
}
