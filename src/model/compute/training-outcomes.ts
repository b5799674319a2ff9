import type { Training } from '../schemas/training.ts';

export type Movement = 'rose' | 'fell' | 'stayed the same';

export interface TrainingOutcomes {
  /** Each year either share is given for, oldest first. */
  rows: { year: string; completed?: number; missed?: number }[];
  /** How each share moved from its first year to its last, where it is given for two years or more. */
  completion?: { from: { year: string; percent: number }; to: { year: string; percent: number }; movement: Movement };
  missed?: { from: { year: string; percent: number }; to: { year: string; percent: number }; movement: Movement };
}

function movementOf(list: readonly { year: string; percent: number }[]): TrainingOutcomes['completion'] {
  const sorted = [...list].sort((a, b) => a.year.localeCompare(b.year));
  if (sorted.length < 2) return undefined;
  const [from, to] = [sorted[0], sorted.at(-1)!];
  return { from, to, movement: to.percent > from.percent ? 'rose' : to.percent < from.percent ? 'fell' : 'stayed the same' };
}

/** In-person training by year: what share of bookings was completed and what share missed, and which way each moved, from the figures alone. */
export function trainingOutcomes(training: Training): TrainingOutcomes {
  const { completion, noShowsAndCancellations } = training.inPerson;
  const years = [...new Set([...completion, ...noShowsAndCancellations].map((entry) => entry.year))].sort();
  const shareIn = (list: readonly { year: string; percent: number }[], year: string) => list.find((entry) => entry.year === year)?.percent;
  return {
    rows: years.map((year) => ({ year, completed: shareIn(completion, year), missed: shareIn(noShowsAndCancellations, year) })),
    completion: movementOf(completion),
    missed: movementOf(noShowsAndCancellations),
  };
}
