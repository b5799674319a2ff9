import { formatOf } from '../cover-report-formats.ts';
import type { CoverReport } from '../schemas/cover-report.ts';

type Officer = { name?: string; role: string };

/** One row of the heading block: the council's label and the lines printed beside it. */
export interface HeadingRow {
  label: string;
  lines: string[];
  /** Lines holding Markdown (the council priorities), rendered rather than printed as they are. */
  markdown?: boolean;
}

const officerLines = (person: Officer): string[] => (person.name ? [person.name, person.role] : [person.role]);

/**
 * The heading block in the format's order, with only what the report gives:
 * a field left out has no row, so nothing is printed that the council did
 * not write. formatDate is passed in so the model stays free of the view's
 * formatting.
 */
export function coverReportHeading(report: CoverReport, formatDate: (iso: string) => string): { rows: HeadingRow[]; statements: string[] } {
  const format = formatOf(report.format);
  if (!format) return { rows: [], statements: [] };
  const heading = report.heading;
  const datedWithMeeting = format.heading.some((row) => row.field === 'meetingDate' && row.label === '');
  const rows: HeadingRow[] = [];
  const statements: string[] = [];
  for (const { field, label } of format.heading) {
    switch (field) {
      case 'meeting':
        rows.push({ label, lines: [heading.meeting, ...(datedWithMeeting && heading.meetingDate ? [formatDate(heading.meetingDate)] : [])] });
        break;
      case 'meetingDate':
        if (!datedWithMeeting && heading.meetingDate) rows.push({ label, lines: [formatDate(heading.meetingDate)] });
        break;
      case 'title':
        rows.push({ label, lines: [heading.title] });
        break;
      case 'corporateDirector':
        if (heading.corporateDirector) rows.push({ label, lines: heading.corporateDirector.flatMap(officerLines) });
        break;
      case 'leadOfficer':
      case 'leadMember':
      case 'personLeading': {
        const person = heading[field];
        if (person) rows.push({ label, lines: officerLines(person) });
        break;
      }
      case 'councilPriorities':
        if (heading.councilPriorities) rows.push({ label: heading.councilPriorities.heading, lines: [heading.councilPriorities.text], markdown: true });
        break;
      case 'keyDecision': {
        const decision = heading.keyDecision;
        if (decision) rows.push({ label, lines: [decision.statement ?? (decision.isKeyDecision ? (decision.reference ?? 'Key decision') : 'Not a key decision')] });
        break;
      }
      case 'delegation':
        if (heading.delegation) statements.push(heading.delegation);
        break;
      default: {
        const value = heading[field];
        if (value) rows.push({ label, lines: [value] });
      }
    }
  }
  return { rows, statements };
}
