import type { ReportYear } from '../report-year.ts';
import type { HeadlineFigure, Unit } from '../schemas/headline-figure.ts';
import { lastMonthOfYear, monthOfPeriod } from './month-of-period.ts';

export interface TrendPoint {
  /** The year whose report gives this value. */
  yearId: string;
  value: number;
  /** The period the value covers, as that year's report gives it. */
  period: string;
  /** Where the point sits in time (YYYY-MM): the month an earlier value applies to, or the end of the reporting year. */
  month: string;
  /** True for an earlier value stated in a later year's report, rather than that report's own figure. */
  statedLater: boolean;
}

/** One indicator measured in one unit, across the points in time the reports give it for. */
export interface IndicatorTrend {
  /** The headline figure's id, the same every year. */
  id: string;
  /** The label from the latest year, since wording may change while the measure does not. */
  label: string;
  unit: Unit;
  qualifier?: HeadlineFigure['qualifier'];
  /** Oldest first; one point per month. */
  points: TrendPoint[];
  /** True when the same indicator is also reported in another unit, so the unit must be named with it. */
  unitChanged: boolean;
}

/**
 * Every headline figure with values at more than one point in time, matched
 * by id rather than by label. A year's own figure sits at the end of its
 * year; an earlier value a report states with a date (a year-end stock such
 * as "227 in March 2024") sits at that date, marked as stated in the later
 * report, unless an earlier report recorded its own figure for that month.
 * Values in different units are kept as separate trends, so they are never
 * drawn against one axis.
 */
export function indicatorTrends(years: readonly ReportYear[]): IndicatorTrend[] {
  const series = new Map<string, IndicatorTrend>();
  const unitsById = new Map<string, Set<Unit>>();
  const add = (figure: HeadlineFigure, point: TrendPoint) => {
    const key = `${figure.id}\u0000${figure.unit}`;
    const trend = series.get(key) ?? { id: figure.id, label: figure.label, unit: figure.unit, points: [], unitChanged: false };
    trend.label = figure.label;
    trend.qualifier = figure.qualifier;
    const same = trend.points.findIndex((existing) => existing.month === point.month);
    if (same < 0) trend.points.push(point);
    else if (trend.points[same].statedLater && !point.statedLater) trend.points[same] = point;
    series.set(key, trend);
    unitsById.set(figure.id, (unitsById.get(figure.id) ?? new Set()).add(figure.unit));
  };
  for (const year of [...years].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const figure of year.headlineFigures ?? []) {
      if (figure.value === undefined) continue;
      const month = figure.previous && (figure.previous.date ?? monthOfPeriod(figure.previous.period));
      if (figure.previous && month) add(figure, { yearId: year.id, value: figure.previous.value, period: figure.previous.period, month, statedLater: true });
      add(figure, { yearId: year.id, value: figure.value, period: figure.period, month: lastMonthOfYear(year.id), statedLater: false });
    }
  }
  return [...series.values()]
    .filter((trend) => trend.points.length > 1)
    .map((trend) => ({ ...trend, points: [...trend.points].sort((a, b) => a.month.localeCompare(b.month)), unitChanged: (unitsById.get(trend.id)?.size ?? 0) > 1 }));
}
