import { coverReportGaps } from '../compute/publication-gaps.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { ReportYear } from '../report-year.ts';

/**
 * A cover report without its meeting date, names or approvals is a draft: it
 * is left out of the public build and shown, marked DRAFT, in the review
 * report. One warning per cover report says what it still needs.
 */
export function checkCoverReportDrafts(year: ReportYear): ContentProblem[] {
  return (year.coverReports ?? []).flatMap(({ id, report }) => {
    const gaps = coverReportGaps(year.id, id, report);
    if (gaps.length === 0) return [];
    return [
      {
        file: gaps[0].file,
        message: `This cover report is a draft: it is left out of the public build, and is in the review report marked DRAFT, until it has ${gaps.length === 1 ? 'the one thing' : `the ${gaps.length} things`} below.`,
        found: gaps.map((gap) => `${gap.field} (${gap.missing})`).join('; '),
        fix: 'Add each one when it is confirmed: names as "name:" under the person, the date as "meetingDate: YYYY-MM-DD" under "heading:", approvals as "approvedBy:" under the section.',
        severity: 'warning' as const,
        check: 'cover-report-drafts',
      },
    ];
  });
}
