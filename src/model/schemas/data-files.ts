import type { z } from 'zod';
import type { DataPart } from '../sections.ts';
import { auditsSchema } from './audit.ts';
import { businessPlanSchema } from './business-plan.ts';
import { childFiguresSchema } from './children.ts';
import { commitmentsSchema } from './commitment.ts';
import { executiveActionsSchema } from './executive-action.ts';
import { headlineFiguresFileSchema } from './headline-figure.ts';
import { incomeAndExpenditureSchema } from './income-and-expenditure.ts';
import { knownIssuesSchema } from './known-issue.ts';
import { partnerEngagementSchema } from './partner-engagement.ts';
import { partnerImpactSchema } from './partner-impact.ts';
import { prioritiesSchema } from './priority.ts';
import { reviewsSchema } from './reviews.ts';
import { inspectionSchema } from './inspection.ts';
import { scrutinyCommentsSchema } from './scrutiny-comment.ts';
import { yearPrioritiesSchema } from './year-priorities.ts';
import { trainingSchema } from './training.ts';

/** The YAML files a year folder may hold (besides report.yaml), each with its schema. */
export const dataFiles: Record<DataPart, { file: string; schema: z.ZodType }> = {
  headlineFigures: { file: 'headline-figures.yaml', schema: headlineFiguresFileSchema },
  incomeAndExpenditure: { file: 'income-and-expenditure.yaml', schema: incomeAndExpenditureSchema },
  businessPlan: { file: 'business-plan.yaml', schema: businessPlanSchema },
  reviews: { file: 'reviews.yaml', schema: reviewsSchema },
  commitments: { file: 'commitments.yaml', schema: commitmentsSchema },
  partnerImpact: { file: 'partner-impact.yaml', schema: partnerImpactSchema },
  audits: { file: 'audits.yaml', schema: auditsSchema },
  executiveActions: { file: 'executive-actions.yaml', schema: executiveActionsSchema },
  training: { file: 'training.yaml', schema: trainingSchema },
  partnerEngagement: { file: 'partner-engagement.yaml', schema: partnerEngagementSchema },
  priorities: { file: 'priorities.yaml', schema: prioritiesSchema },
  knownIssues: { file: 'known-issues.yaml', schema: knownIssuesSchema },
  children: { file: 'children.yaml', schema: childFiguresSchema },
  inspection: { file: 'inspection.yaml', schema: inspectionSchema },
  yearPriorities: { file: 'year-priorities.yaml', schema: yearPrioritiesSchema },
  scrutinyComments: { file: 'scrutiny-comments.yaml', schema: scrutinyCommentsSchema },
};
