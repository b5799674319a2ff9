import type { ContentProblem } from '../load/content-problem.ts';
import type { ReportYear } from '../report-year.ts';

/** Finds the line a field is written on, for pointing the business team at it; undefined when unknown. */
export type LineFinder = (file: string, path: readonly (string | number)[]) => number | undefined;

/**
 * A year's "what we said" is the previous report's "priorities for next
 * year". When both years are here, every priority made should have an entry
 * (a commitment with the same id) in the year it was made for, so none is
 * silently dropped. It is a warning, for the review report, and never an
 * error: a year added later (a past year transcribed after its successor was
 * published) must not change a published year's result. `publish-year`
 * refuses to publish a year that leaves one unanswered (judge-findings.ts).
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
          fix:
            later.meta.status === 'published'
              ? `${later.id} is published, so it stays as it was published; nothing needs changing. If the partnership wants to say what became of it, do so in a later report, or with a correction to ${later.id}.`
              : `Add a commitment with "id: ${priority.id}", what was said and what was delivered. If the priority was dropped, say so in "delivered".`,
          severity: 'warning',
          check: 'carried-priorities',
          item: priority.id,
        },
      ];
    });
  });
}
