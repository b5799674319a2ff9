import { heldToCurrentGuidance } from '../compute/statutory-coverage.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { ReportYear } from '../report-year.ts';

/**
 * National reviews of these reports found most gave no evidence of impact.
 * Every commitment and priority in a report written under Working Together
 * 2023 should say what difference it made (or is meant to make) and where the
 * evidence is. One warning per file lists them all, so a report with many
 * gaps reads as one finding rather than a wall of lines.
 */
export function checkImpactStatements(year: ReportYear): ContentProblem[] {
  if (!heldToCurrentGuidance(year)) return [];
  const problems: ContentProblem[] = [];
  const lacking = (items: readonly { id: string; impact?: string; evidence?: string }[]) =>
    items.filter((item) => !item.impact || !item.evidence);

  const commitments = lacking(year.commitments ?? []);
  if (commitments.length > 0) {
    problems.push({
      file: `data/${year.id}/commitments.yaml`,
      field: 'commitments → impact, evidence',
      message: `${commitments.length} of ${year.commitments!.length} commitments do not state their impact and where the evidence is.`,
      found: commitments.map((item) => `${item.id} (${missingParts(item)})`).join(', '),
      fix: 'Add "impact:" (the difference it made for children and families) and "evidence:" (where that is shown) to each, taken from the evidence the partnership holds.',
      severity: 'warning',
    });
  }
  const priorities = lacking(year.priorities?.priorities ?? []);
  if (priorities.length > 0) {
    problems.push({
      file: `data/${year.id}/priorities.yaml`,
      field: 'priorities → impact, evidence',
      message: `${priorities.length} of ${year.priorities!.priorities.length} priorities do not state the impact they are meant to have and how it will be evidenced.`,
      found: priorities.map((item) => `${item.id} (${missingParts(item)})`).join(', '),
      fix: 'Add "impact:" (the difference it should make for children and families) and "evidence:" (how the partnership will know) to each.',
      severity: 'warning',
    });
  }
  return problems;
}

function missingParts(item: { impact?: string; evidence?: string }): string {
  return [!item.impact && 'no impact', !item.evidence && 'no evidence'].filter(Boolean).join(', ');
}
