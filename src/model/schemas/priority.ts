import { z } from 'zod';
import { slug, text, uniqueBy } from './common.ts';

/** data/<year>/priorities.yaml: what the partnership commits to for the next year. */
export const prioritiesSchema = z
  .strictObject({
    forYear: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .describe('The year these priorities are for, for example 2025-26.'),
    priorities: uniqueBy(
        z.strictObject({
          id: slug().describe('A stable identifier; next year’s commitments refer to it.'),
          title: text().describe('The priority in a few words.'),
          impact: text()
            .optional()
            .describe('The difference the priority is meant to make for children and families. The check lists every priority without one.'),
          evidence: text()
            .optional()
            .describe('How the partnership will know it worked: the measure, audit or feedback it will look at.'),
        }),
        'id',
      )
      .min(1)
      .describe('Each priority.'),
  })
  .describe('Priorities for next year.');

export type Priorities = z.infer<typeof prioritiesSchema>;
