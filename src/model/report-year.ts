import type { z } from 'zod';
import type { AccessibilityStatement } from './schemas/accessibility-statement.ts';
import type { Glossary } from './schemas/glossary.ts';
import type { Partnership } from './schemas/partnership.ts';
import type { narrativeSchema, reportYearSchema } from './schemas/report-year-schema.ts';

/** One Markdown file of a year: its front matter and its Markdown body. */
export type Narrative = z.output<typeof narrativeSchema>;

/**
 * Everything known about one reporting year, validated: its id, report.yaml,
 * Markdown files, each data part in src/model/report-parts.ts it has a file
 * for, and its committee cover reports. Plain data: views read it, never
 * change it.
 */
export type ReportYear = z.output<typeof reportYearSchema>;

export interface Site {
  partnership: Partnership;
  glossary: Glossary;
  accessibility: AccessibilityStatement;
  /** Oldest first. */
  years: ReportYear[];
}
