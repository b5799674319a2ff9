import type { ReportYear } from '../report-year.ts';
import type { HeadlineFigure } from '../schemas/headline-figure.ts';
import { yearBefore } from '../year-sequence.ts';
import { figuresInDoubt } from './figures-in-doubt.ts';

export type Direction = 'up' | 'down' | 'no change';

export interface FigureChange {
  direction: Direction;
  /** The difference in the figure's own unit (percentage points for percentages). */
  difference: number;
  /** The relative change in per cent; undefined when the earlier value was 0. */
  percent?: number;
  /** The earlier value the change is measured from. */
  from: number;
  /** When the earlier value applies, as the content gives it. */
  since: string;
}

/** The change from an earlier value to the figure's value, when both are known. */
export function figureChange(figure: Pick<HeadlineFigure, 'value' | 'previous'>): FigureChange | undefined {
  if (figure.value === undefined || !figure.previous) return undefined;
  const difference = figure.value - figure.previous.value;
  const direction: Direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'no change';
  const percent = figure.previous.value === 0 ? undefined : (difference / figure.previous.value) * 100;
  return { direction, difference, percent, from: figure.previous.value, since: figure.previous.period };
}

/**
 * The change for each headline figure of a year, by figure id. The year
 * before's own report is preferred, matched by the figure's id and only in
 * the same unit; without it, the earlier value the figure's file states.
 * None is worked out for a figure a known issue puts in doubt.
 */
export function headlineFigureChanges(year: ReportYear, years: readonly ReportYear[]): Map<string, FigureChange> {
  const before = years.find((candidate) => candidate.id === yearBefore(year.id));
  const inDoubt = figuresInDoubt(year);
  const changes = new Map<string, FigureChange>();
  for (const figure of year.headlineFigures ?? []) {
    if (inDoubt.has(figure.id)) continue;
    const earlier = before?.headlineFigures?.find((candidate) => candidate.id === figure.id && candidate.unit === figure.unit && candidate.value !== undefined);
    const change = figureChange(earlier ? { value: figure.value, previous: { value: earlier.value!, period: earlier.period } } : figure);
    if (change) changes.set(figure.id, change);
  }
  return changes;
}
