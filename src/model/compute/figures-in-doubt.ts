import type { ReportYear } from '../report-year.ts';

/**
 * The headline figures whose value or unit a known issue puts in doubt: those
 * it names in "figures", and those whose check finding it explains. A change
 * worked out from such a figure would only repeat the doubt as a fact.
 */
export function figuresInDoubt(year: ReportYear): Set<string> {
  const ids = new Set<string>();
  for (const issue of year.knownIssues ?? []) {
    for (const id of issue.figures ?? []) ids.add(id);
    for (const target of issue.explains ?? []) {
      if (target.file === 'headline-figures.yaml' && target.item) ids.add(target.item);
    }
  }
  return ids;
}
