import { z } from 'zod';
import { isoMonth, slug, text, uniqueBy } from './common.ts';

/** data/<year>/audits.yaml: multi-agency audits, what they found and what was done. */
export const auditsSchema = z
  .strictObject({
    audits: uniqueBy(
        z.strictObject({
          id: slug().describe('A stable identifier for the audit.'),
          title: text().describe('The audit’s title.'),
          month: isoMonth().describe('The month the audit took place, YYYY-MM.'),
          keyLearning: z.array(text()).min(1).describe('What the audit found, one point per item.'),
          actionPlan: z.array(text()).min(1).describe('What was agreed in response, one action per item.'),
        }),
        'id',
      )
      .min(1)
      .describe('Audits in the order they took place.'),
  })
  .describe('Audits.');

export type Audit = z.infer<typeof auditsSchema>['audits'][number];
