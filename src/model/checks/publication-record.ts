import { publicationRecordGaps } from '../compute/publication-gaps.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { ReportYear } from '../report-year.ts';

/**
 * The publication record: when the report was published and when it was
 * sent to the Child Safeguarding Practice Review Panel and to Foundations,
 * as Working Together 2023 asks. Dates must come in a possible order;
 * corrections can only follow publication.
 */
export function checkPublicationRecord(year: ReportYear): ContentProblem[] {
  const file = `data/${year.id}/report.yaml`;
  const { meta } = year;
  const problems: ContentProblem[] = [];
  const published = meta.publicationDate;

  const missing = publicationRecordGaps(year);
  if (missing.length > 0) {
    problems.push({
      file,
      field: 'publication record',
      message: `The publication record is incomplete: ${missing.length === 1 ? 'one date is' : `${missing.length} dates are`} not written down. The report page and its PDF leave ${missing.length === 1 ? 'it' : 'them'} out until ${missing.length === 1 ? 'it is' : 'they are'} added.`,
      found: missing.map((gap) => `${gap.field} (${gap.missing})`).join('; '),
      fix: 'Add each date as YYYY-MM-DD once it is known. Leave it out rather than guess.',
      severity: 'warning',
      check: 'publication-record',
    });
  }

  const laterThan = (field: string, value: string | undefined, floor: string, floorName: string) => {
    if (value && value < floor) {
      problems.push({
        file,
        field,
        message: `This date is before ${floorName}, which cannot be right.`,
        found: value,
        expected: `a date on or after ${floor}`,
        fix: 'Check the date against the record of when it happened.',
        severity: 'error',
      });
    }
  };
  laterThan('publicationDate', published, meta.period.end, `the end of the period the report covers (${meta.period.end})`);
  if (published) {
    laterThan('sentToPanel', meta.sentToPanel, published, `the report was published (${published})`);
    laterThan('sentToFoundations', meta.sentToFoundations, published, `the report was published (${published})`);
  }
  if (meta.corrections && meta.status !== 'published') {
    problems.push({
      file,
      field: 'corrections',
      message: 'A draft report has corrections, but corrections are only for changes made after publication.',
      fix: 'Delete the corrections list: while the report is a draft, simply change the text.',
      severity: 'error',
    });
  }
  (meta.corrections ?? []).forEach((correction, index) => {
    const field = `corrections → item ${index + 1} → date`;
    if (published) laterThan(field, correction.date, published, `the report was published (${published})`);
    const previous = meta.corrections![index - 1];
    if (previous && correction.date < previous.date) {
      problems.push({
        file,
        field,
        message: 'Corrections are listed oldest first, but this one is dated before the one above it.',
        found: `${correction.date} after ${previous.date}`,
        fix: 'Put the corrections in date order, oldest first, and add new ones at the end.',
        severity: 'error',
      });
    }
  });
  return problems;
}
