import { heldToCurrentGuidance, statutoryCoverage } from '../model/compute/statutory-coverage.ts';
import type { ReportYear } from '../model/report-year.ts';

/** The statutory coverage of one year as a plain-text table for the terminal. */
export function formatCoverage(year: ReportYear): string {
  const rows = statutoryCoverage(year).map(({ element, answeredBy }) => [
    element.title,
    answeredBy.length > 0 ? answeredBy.map((section) => `#${section.id}`).join(', ') : '–',
    answeredBy.length > 0 ? 'present' : heldToCurrentGuidance(year) ? 'MISSING' : 'not reported this year',
  ]);
  const table = [['Element', 'Where it is answered', 'Status'], ...rows];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  const line = (row: string[]) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`.trimEnd();
  const guidance = heldToCurrentGuidance(year) ? 'Working Together 2023' : 'earlier guidance; gaps are shown on the page';
  return [`Statutory coverage, ${year.id} (${guidance}):`, line(table[0]), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
