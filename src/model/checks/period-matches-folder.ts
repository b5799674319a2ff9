import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import type { ReportYear } from '../report-year.ts';

/**
 * The folder name and the reporting period must describe the same year, and
 * the period must run forwards: every date check and every page title reads
 * the year from one or the other.
 */
export function checkPeriodMatchesFolder(year: ReportYear, sources: SourceIndex): ContentProblem[] {
  const file = `data/${year.id}/report.yaml`;
  const { start, end } = year.meta.period;
  const problems: ContentProblem[] = [];
  if (start >= end) {
    problems.push({
      file,
      line: sources.lineOf(file, ['period']),
      field: 'period',
      message: 'The reporting period ends before it starts.',
      found: `start ${start}, end ${end}`,
      fix: 'Swap the two dates, or correct the one that is wrong.',
      severity: 'error',
      check: 'period-matches-folder',
    });
  }
  if (start.slice(0, 4) !== year.id.slice(0, 4)) {
    problems.push({
      file,
      line: sources.lineOf(file, ['period', 'start']),
      field: 'period → start',
      message: `The folder is named ${year.id} but the period starts in ${start.slice(0, 4)}.`,
      found: start,
      fix: 'Correct the start date, or rename the folder to match the year the period starts in.',
      severity: 'error',
      check: 'period-matches-folder',
    });
  }
  return problems;
}
