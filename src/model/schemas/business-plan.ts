import { z } from 'zod';
import { percent, text } from './common.ts';

/** data/<year>/business-plan.yaml: how much of the business plan was delivered. */
export const businessPlanSchema = z
  .strictObject({
    percentAchieved: percent().describe('The share of the business plan achieved, in per cent, for example 86.'),
    focusAreas: z.array(text()).min(1).describe('The areas the business plan focused on.'),
    carriedForwardTo: text().optional().describe('The plan period unfinished actions were carried into, for example "2025-27".'),
  })
  .describe('Business plan delivery.');

export type BusinessPlan = z.infer<typeof businessPlanSchema>;
