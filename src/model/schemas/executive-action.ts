import { z } from 'zod';
import { text } from './common.ts';

/** data/<year>/executive-actions.yaml: actions the Executive required and what they achieved. */
export const executiveActionsSchema = z
  .strictObject({
    actions: z
      .array(
        z.strictObject({
          action: text().describe('What the Executive required.'),
          impact: text().describe('The evidence of impact. Markdown is allowed.'),
        }),
      )
      .min(1)
      .describe('Each action and its impact.'),
  })
  .describe('Executive actions.');

export type ExecutiveAction = z.infer<typeof executiveActionsSchema>['actions'][number];
