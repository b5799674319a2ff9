import type { HeadlineFigure } from '../schemas/headline-figure.ts';

export type Direction = 'up' | 'down' | 'no change';

export interface FigureChange {
  direction: Direction;
  /** The difference in the figure's own unit (percentage points for percentages). */
  difference: number;
  /** The relative change in per cent; undefined when the earlier value was 0. */
  percent?: number;
  /** When the earlier value applies, as the content gives it. */
  since: string;
}

/** The change from the figure's previous value to its value, when both are known. */
export function figureChange(figure: Pick<HeadlineFigure, 'value' | 'previous'>): FigureChange | undefined {
  if (figure.value === undefined || !figure.previous) return undefined;
  const difference = figure.value - figure.previous.value;
  const direction: Direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'no change';
  const percent = figure.previous.value === 0 ? undefined : (difference / figure.previous.value) * 100;
  return { direction, difference, percent, since: figure.previous.period };
}
