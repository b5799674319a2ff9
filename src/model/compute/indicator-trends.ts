import type { ReportYear } from '../report-year.ts';
import type { HeadlineFigure, Unit } from '../schemas/headline-figure.ts';

export interface TrendPoint {
  yearId: string;
  value: number;
  /** The period the value covers, as that year's report gives it. */
  period: string;
}

/** One indicator measured in one unit, across the years that report it. */
export interface IndicatorTrend {
  /** The headline figure's id, the same every year. */
  id: string;
  /** The label from the latest year, since wording may change while the measure does not. */
  label: string;
  unit: Unit;
  qualifier?: HeadlineFigure['qualifier'];
  /** Oldest first; one point per year. */
  points: TrendPoint[];
  /** True when the same indicator is also reported in another unit, so the unit must be named with it. */
  unitChanged: boolean;
}

/**
 * Every headline figure that appears with a value in more than one year,
 * matched by id rather than by label. Values in different units (a rate per
 * 10,000 and one per 100,000) are kept as separate trends, so they are never
 * drawn against one axis.
 */
export function indicatorTrends(years: readonly ReportYear[]): IndicatorTrend[] {
  const series = new Map<string, IndicatorTrend>();
  const unitsById = new Map<string, Set<Unit>>();
  for (const year of [...years].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const figure of year.headlineFigures ?? []) {
      if (figure.value === undefined) continue;
      const key = `${figure.id}\u0000${figure.unit}`;
      const trend = series.get(key) ?? { id: figure.id, label: figure.label, unit: figure.unit, points: [], unitChanged: false };
      trend.label = figure.label;
      trend.qualifier = figure.qualifier;
      trend.points.push({ yearId: year.id, value: figure.value, period: figure.period });
      series.set(key, trend);
      unitsById.set(figure.id, (unitsById.get(figure.id) ?? new Set()).add(figure.unit));
    }
  }
  return [...series.values()]
    .filter((trend) => new Set(trend.points.map((point) => point.yearId)).size > 1)
    .map((trend) => ({ ...trend, unitChanged: (unitsById.get(trend.id)?.size ?? 0) > 1 }));
}
