import { z } from 'zod';
import { auditsSchema } from './audit.ts';
import { businessPlanSchema } from './business-plan.ts';
import { childFiguresSchema, childWordsSchema } from './children.ts';
import { commitmentsSchema } from './commitment.ts';
import { coverReportSchema } from './cover-report.ts';
import { executiveActionsSchema } from './executive-action.ts';
import { headlineFiguresFileSchema } from './headline-figure.ts';
import { incomeAndExpenditureSchema } from './income-and-expenditure.ts';
import { knownIssuesSchema } from './known-issue.ts';
import { partnerEngagementSchema } from './partner-engagement.ts';
import { partnerImpactSchema } from './partner-impact.ts';
import { prioritiesSchema } from './priority.ts';
import { reportMetaSchema } from './report-meta.ts';
import { reviewsSchema } from './reviews.ts';
import { trainingSchema } from './training.ts';
import { inspectionSchema } from './inspection.ts';
import { scrutinyCommentsSchema } from './scrutiny-comment.ts';
import { yearPrioritiesSchema } from './year-priorities.ts';
import { person, text } from './common.ts';

/**
 * The shape of one loaded year, as the Astro content collection stores it.
 * Built from the same schemas the files are checked with, so the collection
 * and `npm run check` can never disagree.
 */
export const reportYearSchema = z.strictObject({
  id: z.string(),
  meta: reportMetaSchema,
  narrative: z.record(
    z.string(),
    z.strictObject({
      file: z.string(),
      body: z.string(),
      title: text().optional(),
      keyAchievements: z.array(text()).optional(),
      person: person().optional(),
      children: childWordsSchema.optional(),
    }),
  ),
  headlineFigures: headlineFiguresFileSchema.shape.figures.optional(),
  incomeAndExpenditure: incomeAndExpenditureSchema.optional(),
  businessPlan: businessPlanSchema.optional(),
  reviews: reviewsSchema.optional(),
  commitments: commitmentsSchema.shape.commitments.optional(),
  partnerImpact: partnerImpactSchema.shape.agencies.optional(),
  audits: auditsSchema.shape.audits.optional(),
  executiveActions: executiveActionsSchema.shape.actions.optional(),
  training: trainingSchema.optional(),
  partnerEngagement: partnerEngagementSchema.optional(),
  priorities: prioritiesSchema.optional(),
  knownIssues: knownIssuesSchema.shape.issues.optional(),
  children: childFiguresSchema.optional(),
  inspection: inspectionSchema.optional(),
  yearPriorities: yearPrioritiesSchema.shape.priorities.optional(),
  scrutinyComments: scrutinyCommentsSchema.optional(),
  coverReports: z.array(z.strictObject({ id: z.string(), report: coverReportSchema })).optional(),
});
