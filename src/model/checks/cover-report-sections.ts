import { formatOf } from '../cover-report-formats.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { ReportYear } from '../report-year.ts';

/**
 * A section the cover report's format expects but the file leaves out is
 * probably forgotten: one warning names each, with the format's heading, so
 * the clerk can add it or knowingly leave it out.
 */
export function checkCoverReportSections(year: ReportYear): ContentProblem[] {
  return (year.coverReports ?? []).flatMap(({ id, report }) => {
    const format = formatOf(report.format);
    if (!format) return [];
    const present = new Set(report.sections.map((part) => part.id));
    return format.sections
      .filter((expected) => expected.expected && !present.has(expected.id))
      .map((missing) => ({
        file: `data/${year.id}/committee-reports/${id}.yaml`,
        field: 'sections',
        message: `The ${format.name} format has a section "${missing.heading}" (id: ${missing.id}), and this cover report does not.`,
        expected: `sections with the ids: ${format.sections.map((part) => part.id).join(', ')}`,
        fix: `Add it under "sections:" as "- id: ${missing.id}" with its paragraphs (${missing.about}), or leave it out if the meeting does not need it.`,
        severity: 'warning' as const,
        check: 'cover-report-sections',
      }));
  });
}
