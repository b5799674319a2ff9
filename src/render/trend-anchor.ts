import type { IndicatorTrend } from '../model/compute/indicator-trends.ts';

/** A trend's id on the page: the same indicator in two units appears twice, so the unit tells them apart. */
export function trendAnchor(trend: IndicatorTrend): string {
  return trend.unitChanged ? `trend-${trend.id}-${trend.unit}` : `trend-${trend.id}`;
}
