import { z } from 'zod';
import { slug, text, uniqueBy } from './common.ts';

export const commitmentStatuses = ['delivered', 'in progress', 'not delivered', 'not yet reported'] as const;

/** data/<year>/commitments.yaml: "what we said, what we delivered". */
export const commitmentsSchema = z
  .strictObject({
    commitments: uniqueBy(
        z.strictObject({
          id: slug().describe('A stable identifier; the same as the priority it answers in last year’s report.'),
          said: text().describe('What the partnership said it would do, as last year’s report put it.'),
          delivered: text()
            .optional()
            .describe('What it delivered, in the report’s words. Markdown is allowed. Leave it out only while the status is "not yet reported".'),
          impact: text()
            .optional()
            .describe('The difference it made for children and families, as the evidence shows. Leave it out only when the report states none: the check lists every commitment without one.'),
          evidence: text()
            .optional()
            .describe('Where the evidence of that impact is: a section of this report, an audit, a dataset or a survey.'),
          status: z
            .enum(commitmentStatuses)
            .optional()
            .describe('One of: delivered, in progress, not delivered, not yet reported. Give it only when the report itself states it; the page shows a status only for a commitment that has one.'),
        }).refine((commitment) => commitment.delivered !== undefined || commitment.status === 'not yet reported', {
          error: 'Say what was delivered, or set the status to "not yet reported" while it is not known.',
          path: ['delivered'],
        }),
        'id',
      )
      .min(1)
      .describe('Each commitment from last year’s report and what became of it.'),
  })
  .describe('What we said, what we delivered.');

export type Commitment = z.infer<typeof commitmentsSchema>['commitments'][number];
export type CommitmentStatus = (typeof commitmentStatuses)[number];
