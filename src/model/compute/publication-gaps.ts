import type { ReportYear } from '../report-year.ts';
import type { CoverReport } from '../schemas/cover-report.ts';
import { formatOf, sectionFormat } from '../cover-report-formats.ts';
import { heldToCurrentGuidance } from './statutory-coverage.ts';

/** Something a document needs before it can be published, and the file and field where it goes. */
export interface PublicationGap {
  file: string;
  field: string;
  /** What is missing, in a few words for the business team. */
  missing: string;
}

/**
 * What a cover report still lacks before a meeting can receive it: each
 * heading field its format needs (the meeting date, each officer's name…)
 * and each approval its format asks for. A cover report with any gap is a
 * draft, kept out of the public build.
 */
export function coverReportGaps(yearId: string, id: string, report: CoverReport): PublicationGap[] {
  const file = `data/${yearId}/committee-reports/${id}.yaml`;
  const format = formatOf(report.format);
  if (!format) return [];
  const gaps: PublicationGap[] = [];
  const heading = report.heading as Record<string, unknown>;
  for (const { field, label, required } of format.heading) {
    const value = heading[field];
    const what = field === 'meetingDate' ? 'the date of the meeting' : `the ${(label || field).replace(/:$/, '').toLowerCase()}`;
    if (required && value === undefined) gaps.push({ file, field: `heading → ${field}`, missing: what });
    const people = Array.isArray(value) ? value : value && typeof value === 'object' && 'role' in value ? [value] : [];
    people.forEach((person: { name?: string }, index) => {
      if (!person.name) gaps.push({ file, field: `heading → ${field}${Array.isArray(value) ? ` → item ${index + 1}` : ''} → name`, missing: `the name of ${what}` });
    });
  }
  if (report.contactOfficer && !report.contactOfficer.name) gaps.push({ file, field: 'contactOfficer → name', missing: 'the contact officer’s name' });
  report.sections.forEach((part, index) => {
    const needs = sectionFormat(format, part.id)?.needsApproval;
    if (needs && !part.approvedBy) gaps.push({ file, field: `sections → item ${index + 1} (${part.id}) → approvedBy`, missing: `who approved the ${part.id} section` });
  });
  return gaps;
}

/** Whether a cover report is complete enough to publish. */
export function isCompleteCoverReport(yearId: string, id: string, report: CoverReport): boolean {
  return coverReportGaps(yearId, id, report).length === 0;
}

/**
 * Every date of a published year's publication record that is not yet
 * written down. Sending the report to the Panel and to Foundations became a
 * duty with Working Together 2023, so older years are not asked for them.
 */
export function publicationRecordGaps(year: ReportYear): PublicationGap[] {
  if (year.meta.status !== 'published') return [];
  const file = `data/${year.id}/report.yaml`;
  const current = heldToCurrentGuidance(year);
  return [
    !year.meta.publicationDate && { file, field: 'publicationDate', missing: 'the day it was published' },
    current && !year.meta.sentToPanel && { file, field: 'sentToPanel', missing: 'the day it was sent to the Child Safeguarding Practice Review Panel' },
    current && !year.meta.sentToFoundations && { file, field: 'sentToFoundations', missing: 'the day it was sent to Foundations' },
  ].filter((gap): gap is PublicationGap => Boolean(gap));
}

/** Everything still missing for publication in a year: its publication record, then each cover report. */
export function publicationGaps(year: ReportYear): PublicationGap[] {
  return [...publicationRecordGaps(year), ...(year.coverReports ?? []).flatMap(({ id, report }) => coverReportGaps(year.id, id, report))];
}
