import { z } from 'zod';
import { summariseMoney } from '../compute/income-and-expenditure.ts';
import type { ReportYear } from '../report-year.ts';
import { businessPlanSchema } from '../schemas/business-plan.ts';
import { isoDate, reportingYearId, text } from '../schemas/common.ts';
import { headlineFiguresFileSchema } from '../schemas/headline-figure.ts';
import { incomeAndExpenditureSchema } from '../schemas/income-and-expenditure.ts';
import { partnerEngagementSchema } from '../schemas/partner-engagement.ts';
import { reviewsSchema } from '../schemas/reviews.ts';
import { trainingSchema } from '../schemas/training.ts';

/**
 * One year's figures as open data, built from the same schemas as the content
 * files, so the JSON Schema published beside it is the content's own and any
 * partnership's report written in this form can be gathered and compared
 * (as the Child Safeguarding Practice Review Panel and Foundations do nationally).
 */
export const yearFiguresSchema = z
  .strictObject({
    partnership: text().describe('The safeguarding children partnership whose report this is.'),
    year: reportingYearId().describe('The reporting year, for example 2024-25.'),
    period: z
      .strictObject({ start: isoDate().describe('First day covered.'), end: isoDate().describe('Last day covered.') })
      .describe('The period the report covers.'),
    headlineFigures: headlineFiguresFileSchema.shape.figures.optional(),
    incomeAndExpenditure: incomeAndExpenditureSchema
      .extend({
        totals: z
          .strictObject({
            income: z.number().optional().describe('Total income in pounds: the sum of the income lines, where the amounts are given.'),
            expenditure: z.number().optional().describe('Total expenditure in pounds: the sum of the expenditure lines, where the amounts are given.'),
          })
          .describe('Worked out from the lines, never typed.'),
      })
      .optional(),
    businessPlan: businessPlanSchema.optional(),
    reviews: reviewsSchema.shape.counts.optional(),
    training: trainingSchema.optional(),
    partnerEngagement: partnerEngagementSchema.optional(),
  })
  .describe('The figures of one year’s annual report of a local safeguarding children partnership.');

export type YearFigures = z.infer<typeof yearFiguresSchema>;

/** A year's figures in the open-data form: the year's data as written, with the budget's totals added. */
export function yearFigures(year: ReportYear, partnership: string): YearFigures {
  const money = year.incomeAndExpenditure;
  const summary = money && summariseMoney(money);
  return yearFiguresSchema.parse({
    partnership,
    year: year.id,
    period: year.meta.period,
    headlineFigures: year.headlineFigures,
    incomeAndExpenditure: money && summary && { ...money, totals: { income: summary.income?.total, expenditure: summary.expenditure?.total } },
    businessPlan: year.businessPlan,
    reviews: year.reviews?.counts,
    training: year.training,
    partnerEngagement: year.partnerEngagement,
  });
}

/** The JSON Schema of the figures file, generated from the zod schema above (draft 2020-12). */
export function yearFiguresJsonSchema(id: string): Record<string, unknown> {
  return { $id: id, title: 'Safeguarding children partnership annual report: figures of one year', ...z.toJSONSchema(yearFiguresSchema, { io: 'input' }) };
}
