import { z } from 'zod';
import { priorityItem } from './priority.ts';
import { uniqueBy } from './common.ts';

/**
 * data/<year>/year-priorities.yaml: the priorities (or key themes) the
 * partnership worked to during the year itself, where the source gives them
 * without the previous year's report to carry them from.
 */
export const yearPrioritiesSchema = z
  .strictObject({
    priorities: uniqueBy(priorityItem(), 'id').min(1).describe('Each priority or key theme for the year.'),
  })
  .describe('The year’s own priorities.');

export type YearPriority = z.infer<typeof yearPrioritiesSchema>['priorities'][number];
