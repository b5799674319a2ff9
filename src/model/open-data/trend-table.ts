import type { IndicatorTrend } from '../compute/indicator-trends.ts';
import type { DataTable } from './data-tables.ts';

/** A trend's points as open data, one row per point in time. */
export function trendTable(trend: IndicatorTrend, id: string): DataTable {
  return {
    id,
    title: `${trend.label} over time (${trend.unit})`,
    columns: ['month', 'period', 'value', 'unit', 'report', 'stated as an earlier value'],
    rows: trend.points.map((point) => [point.month, point.period, point.value, trend.unit, point.yearId, point.statedLater ? 'yes' : 'no']),
  };
}
