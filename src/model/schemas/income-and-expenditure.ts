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

/**
 * data/<year>/income-and-expenditure.yaml. Only amounts are written: totals
 * and percentages are computed, so they can never disagree with the lines.
 */
export const incomeAndExpenditureSchema = z
  .strictObject({
    income: uniqueBy(line(), 'id').min(1).describe('Each contribution to the partnership’s budget.'),
    expenditure: uniqueBy(line(), 'id').min(1).describe('Each kind of spending.'),
    statedTotals: z
      .strictObject({
        income: pounds().describe('The total income printed in the source document.'),
        expenditure: pounds().describe('The total expenditure printed in the source document.'),
      })
      .optional()
      .describe('Totals as printed in the source, kept only so the check can compare them with the computed totals.'),
  })
  .describe('Income and expenditure.');

export type IncomeAndExpenditure = z.infer<typeof incomeAndExpenditureSchema>;
export type MoneyLine = IncomeAndExpenditure['income'][number];
