import type { ReportYear } from '../report-year.ts';

/**
 * Parts of a year that are not the report's own words: its committee cover
 * reports and its child version are documents of their own, and known issues
 * are for the team (only their publicNote is published).
 */
const notInTheReport = new Set<keyof ReportYear>(['coverReports', 'children']);
/** The child version's words sit among the narrative files, but are its own page. */
const notInTheReportNarrative = new Set(['children']);
/** Where a Markdown file came from: for messages, never shown. */
const bookkeeping = new Set(['file']);

/** Every string in a value, in order. */
function stringsIn(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!bookkeeping.has(key)) stringsIn(item, out);
  }
  return out;
}

/**
 * The words of a year's report as its readers see them: every text of its
 * narrative and data, without its cover reports, its child version or its
 * known issues' notes for the team. What the glossary at the end of the
 * report is drawn from, so a term used only in a cover report or in a note
 * for the team is not defined in a report that never uses it.
 */
export function reportText(year: ReportYear): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(year) as [keyof ReportYear, unknown][]) {
    if (notInTheReport.has(key)) continue;
    if (key === 'narrative') {
      for (const [file, narrative] of Object.entries(year.narrative)) if (!notInTheReportNarrative.has(file)) stringsIn(narrative, out);
    } else if (key === 'knownIssues') {
      for (const issue of year.knownIssues ?? []) if (issue.publicNote) out.push(issue.publicNote);
    } else stringsIn(value, out);
  }
  return out.join('\n');
}
