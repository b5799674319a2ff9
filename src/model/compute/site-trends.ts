import type { ReportYear } from '../report-year.ts';
import type { Partnership } from '../schemas/partnership.ts';
import { incomeShareTrends } from './income-share-trends.ts';
import { indicatorTrends, type IndicatorTrend } from './indicator-trends.ts';

/** Every trend the trends page shows: the headline figures, then each safeguarding partner's share of the income. */
export function siteTrends(years: readonly ReportYear[], partners: Partnership['partners']): IndicatorTrend[] {
  return [...indicatorTrends(years), ...incomeShareTrends(years, partners)];
}
