import { z } from 'zod';
import { isoDate, text } from './common.ts';

/** data/<year>/report.yaml: what the report is and where it stands. */
export const reportMetaSchema = z
  .strictObject({
    title: text().describe('The report’s title, for example "Annual report 2024/25".'),
    period: z
      .strictObject({
        start: isoDate().describe('First day the report covers, for example 2024-04-01.'),
        end: isoDate().describe('Last day the report covers, for example 2025-03-31.'),
      })
      .describe('The reporting period.'),
    status: z
      .enum(['draft', 'published'])
      .describe('"draft" while the report is being written; "published" once it is signed off.'),
    publicationDate: isoDate()
      .optional()
      .describe('The day the report was published, YYYY-MM-DD. Leave it out only if it is not known.'),
    sentToPanel: isoDate()
      .optional()
      .describe('The day the report was sent to the Child Safeguarding Practice Review Panel, YYYY-MM-DD.'),
    sentToFoundations: isoDate()
      .optional()
      .describe('The day the report was sent to Foundations, the What Works centre for children and families, YYYY-MM-DD.'),
    corrections: z
      .array(
        z.strictObject({
          date: isoDate().describe('The day the correction was made, YYYY-MM-DD.'),
          change: text().describe('What changed, for example "The number of rapid reviews was 7, not 8."'),
          reason: text().describe('Why it changed, for example "A typing error in the published report."'),
        }),
      )
      .optional()
      .describe(
        'Changes made after the report was published, oldest first. Every change to a published report needs one: see "Published reports are frozen" in the README.',
      ),
    summary: text().describe('One or two sentences describing the report, used in search results and link previews.'),
  })
  .describe('Report metadata.');

export type ReportMeta = z.infer<typeof reportMetaSchema>;
