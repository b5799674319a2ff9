import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import type { ReportYear } from '../report-year.ts';

const monthName = (yearMonth: string) =>
  new Date(`${yearMonth}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Dates that belong to the reporting year fall inside it (audits carried out
 * in it, the periods of its figures); dates that follow it (publication,
 * committee meetings) come after it ends.
 */
export function checkReportingPeriod(year: ReportYear, sources: SourceIndex): ContentProblem[] {
  const { start, end } = year.meta.period;
  const span = `${start} to ${end}`;
  const problems: ContentProblem[] = [];
  const auditsFile = `data/${year.id}/audits.yaml`;
  year.audits?.forEach((audit, index) => {
    if (audit.month >= start.slice(0, 7) && audit.month <= end.slice(0, 7)) return;
    problems.push({
      file: auditsFile,
      line: sources.lineOf(auditsFile, ['audits', index, 'month']),
      field: `audits → item ${index + 1} → month`,
      message: `The audit "${audit.title}" is dated ${monthName(audit.month)}, outside the reporting period (${span}).`,
      found: audit.month,
      expected: `a month from ${start.slice(0, 7)} to ${end.slice(0, 7)}`,
      fix: 'Check the month against the source. If the source prints it this way, list it in known-issues.yaml.',
      severity: 'error',
      check: 'reporting-period',
      item: audit.id,
    });
  });

  const metaFile = `data/${year.id}/report.yaml`;
  if (year.meta.publicationDate && year.meta.publicationDate <= end) {
    problems.push({
      file: metaFile,
      line: sources.lineOf(metaFile, ['publicationDate']),
      field: 'publicationDate',
      message: `The report is dated as published on ${year.meta.publicationDate}, before its reporting period ended (${end}).`,
      found: year.meta.publicationDate,
      expected: `a date after ${end}`,
      fix: 'Correct the publication date (YYYY-MM-DD).',
      severity: 'error',
      check: 'reporting-period',
    });
  }
  for (const { id, report } of year.coverReports ?? []) {
    const file = `data/${year.id}/committee-reports/${id}.yaml`;
    // A committee paper with no appendix (one the partnership's key themes are quoted from) does not receive the report.
    if (report.appendices.length === 0 || !report.heading.meetingDate || report.heading.meetingDate > end) continue;
    problems.push({
      file,
      line: sources.lineOf(file, ['heading', 'meetingDate']),
      field: 'heading → meetingDate',
      message: `The committee meets on ${report.heading.meetingDate}, before the reporting period it receives the report on has ended (${end}).`,
      found: report.heading.meetingDate,
      expected: `a date after ${end}`,
      fix: 'Correct the meeting date (YYYY-MM-DD), or check the file is in the right year’s folder.',
      severity: 'error',
      check: 'reporting-period',
    });
  }

  const figuresFile = `data/${year.id}/headline-figures.yaml`;
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(end.slice(0, 4));
  year.headlineFigures?.forEach((figure, index) => {
    // "2024/25" names both calendar years of the period; a lone "2023" or "2023/24" does not belong to it.
    const years = [...figure.period.matchAll(/\b(20\d\d)(?:[/-](\d\d))?\b/g)].flatMap((match) =>
      match[2] ? [Number(match[1]), Number(match[1].slice(0, 2) + match[2])] : [Number(match[1])],
    );
    const outside = years.filter((calendarYear) => calendarYear < firstYear || calendarYear > lastYear);
    if (outside.length === 0) return;
    problems.push({
      file: figuresFile,
      line: sources.lineOf(figuresFile, ['figures', index, 'period']),
      field: `figures → item ${index + 1} → period`,
      message: `"${figure.label}" is given for ${figure.period}, which is not in this report’s period (${span}).`,
      found: figure.period,
      expected: `a period within ${span}; an earlier value belongs under "previous"`,
      fix: 'Correct the period, or move the number to "previous" if it is last year’s.',
      severity: 'error',
      check: 'reporting-period',
      item: figure.id,
    });
  });
  return problems;
}
