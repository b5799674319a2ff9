import { z } from 'zod';
import { percent, pounds, slug, text, uniqueBy } from './common.ts';

const line = () =>
  z.strictObject({
    id: slug().describe('A stable identifier for this line, for example "county-council".'),
    label: text().describe('Who paid, or what the money was spent on.'),
    amount: pounds().describe('The amount in whole pounds, without £ or commas, for example 311609.'),
    partnerId: slug().optional().describe('For income: the partner (from data/partnership.yaml) that paid it, if it is a partner.'),
    statedPercent: percent()
      .optional()
      .describe('The percentage printed in the source document. Never shown: the site computes its own and the check compares them.'),
  });

const statedShare = () =>
  z.strictObject({
    id: slug().describe('A stable identifier for the share, for example "council".'),
    label: text().describe('Who gave it, as the report names them, for example "The local authority".'),
    partnerId: slug().optional().describe('The partner (from data/partnership.yaml) that gave it, if it is a partner: its share then joins the funding trend.'),
    percent: z.number().min(0).max(100).describe('The share of the income the report states, as a number: 76.6 for 76.6%.'),
  });

/**
 * data/<year>/income-and-expenditure.yaml. Amounts are written where the
 * report gives them, and totals and percentages are computed from them, so
 * they can never disagree with the lines. Where a report gives only shares
 * ("the local authority gave 76.6% of the income"), they are written as
 * stated shares instead.
 */
export const incomeAndExpenditureSchema = z
  .strictObject({
    income: uniqueBy(line(), 'id').min(1).optional().describe('Each contribution to the partnership’s budget, where the report gives the amounts.'),
    expenditure: uniqueBy(line(), 'id').min(1).optional().describe('Each kind of spending, where the report gives the amounts.'),
    statedShares: uniqueBy(statedShare(), 'id')
      .min(1)
      .optional()
      .describe('Shares of the income the report gives without amounts, for example the local authority’s 76.6%. Leave it out when the income amounts are given: the shares are then worked out from them.'),
    statedTotals: z
      .strictObject({
        income: pounds().describe('The total income printed in the source document.'),
        expenditure: pounds().describe('The total expenditure printed in the source document.'),
      })
      .optional()
      .describe('Totals as printed in the source, kept only so the check can compare them with the computed totals.'),
  })
  .refine((budget) => budget.income || budget.expenditure || budget.statedShares, {
    error: 'Give the income or expenditure amounts, or the shares of the income the report states (statedShares).',
  })
  .describe('Income and expenditure.');

export type IncomeAndExpenditure = z.infer<typeof incomeAndExpenditureSchema>;
export type MoneyLine = NonNullable<IncomeAndExpenditure['income']>[number];
export type StatedShare = NonNullable<IncomeAndExpenditure['statedShares']>[number];
