import type { ReportYear } from '../report-year.ts';
import type { Partnership } from '../schemas/partnership.ts';
import { summariseMoney } from './income-and-expenditure.ts';
import type { IndicatorTrend } from './indicator-trends.ts';
import { lastMonthOfYear } from './month-of-period.ts';

/**
 * Each safeguarding partner's share of the partnership's income, year by
 * year, for every statutory partner whose contribution more than one year
 * gives. Working Together 2023 expects funding to be shared equitably, and
 * scrutiny asks how the council's share moves: it is worked out from the
 * amounts, so the share always agrees with the income table.
 */
export function incomeShareTrends(years: readonly ReportYear[], partners: Partnership['partners']): IndicatorTrend[] {
  return partners
    .filter((partner) => partner.role === 'statutory')
    .map((partner): IndicatorTrend => ({
      id: `income-share-${partner.id}`,
      label: `${partner.name}’s share of the partnership’s income`,
      unit: 'percentage',
      unitChanged: false,
      points: [...years]
        .sort((a, b) => a.id.localeCompare(b.id))
        .flatMap((year) => {
          const budget = year.incomeAndExpenditure;
          if (!budget) return [];
          // Worked out from the amounts where the report gives them; otherwise the share it states.
          const lines = summariseMoney(budget).income?.shares.filter((share) => share.item.partnerId === partner.id) ?? [];
          const stated = (budget.statedShares ?? []).filter((share) => share.partnerId === partner.id);
          if (lines.length === 0 && stated.length === 0) return [];
          const percent = lines.length > 0 ? lines.reduce((sum, share) => sum + share.percent, 0) : stated.reduce((sum, share) => sum + share.percent, 0);
          const value = Math.round(percent * 10) / 10;
          return [{ yearId: year.id, value, period: year.id.replace('-', '/'), month: lastMonthOfYear(year.id), statedLater: false }];
        }),
    }))
    .filter((trend) => trend.points.length > 1);
}
