import type { ContentProblem } from '../load/content-problem.ts';
import type { ReportYear } from '../report-year.ts';

/** Finds the line a field is written on, for pointing the business team at it; undefined when unknown. */
export type LineFinder = (file: string, path: readonly (string | number)[]) => number | undefined;

/**
 * A year's "what we said" is the previous report's "priorities for next
 * year". When both years are here, every priority made must have an entry
 * (a commitment with the same id) in the year it was made for, so none is
 * silently dropped. A published year that drops one is an error; a draft
 * only gets a warning, since it is still being written.
 */
export function checkCarriedPriorities(years: readonly ReportYear[], lineOf: LineFinder = () => undefined): ContentProblem[] {
  const byId = new Map(years.map((year) => [year.id, year]));
  return years.flatMap((earlier) => {
    const priorities = earlier.priorities;
    const later = priorities && byId.get(priorities.forYear);
    if (!priorities || !later) return [];
    const answered = new Set((later.commitments ?? []).map((commitment) => commitment.id));
    const prioritiesFile = `data/${earlier.id}/priorities.yaml`;
    const commitmentsFile = `data/${later.id}/commitments.yaml`;
    return priorities.priorities.flatMap((priority, index): ContentProblem[] => {
      if (answered.has(priority.id)) return [];
      const madeAt = lineOf(prioritiesFile, ['priorities', index, 'id']);
      return [
        {
          file: commitmentsFile,
          line: later.commitments ? lineOf(commitmentsFile, ['commitments']) : undefined,
          field: 'commitments',
          message: `The ${earlier.id} report promised "${priority.title}" for ${later.id}, but this year's "what we said, what we delivered" does not say what became of it.`,
          found: `no commitment with the id "${priority.id}" (the priority is in ${prioritiesFile}${madeAt ? `, line ${madeAt}` : ''})`,
          expected: `a commitment with id: ${priority.id}`,
          fix: `Add a commitment with "id: ${priority.id}", what was said, what was delivered and its status (use "not yet reported" until it is known). If the priority was dropped, say so in "delivered" with the status "not delivered".`,
          severity: later.meta.status === 'published' ? 'error' : 'warning',
        },
      ];
    });
  });
}
