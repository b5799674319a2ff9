import type { ContentProblem } from '../load/content-problem.ts';
import type { AccessibilityStatement } from '../schemas/accessibility-statement.ts';

const file = 'data/accessibility.yaml';

/**
 * The statement must agree with itself, and the regulations expect it to be
 * reviewed at least once a year: an out-of-date statement is a warning, so
 * it never blocks publishing a report.
 */
export function checkAccessibilityStatement(statement: AccessibilityStatement, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (statement.complianceStatus === 'fully' && statement.knownIssues.length > 0) {
    problems.push({
      file,
      field: 'complianceStatus',
      message: 'The statement says the site is fully compliant but lists known issues.',
      found: `fully, with ${statement.knownIssues.length} known issues`,
      fix: 'Set complianceStatus to "partially", or remove the issues that have been fixed.',
      severity: 'error',
    });
  }
  if (statement.complianceStatus !== 'fully' && statement.knownIssues.length === 0) {
    problems.push({
      file,
      field: 'knownIssues',
      message: `The statement says the site is ${statement.complianceStatus} compliant but lists no known issues, which the regulations require.`,
      fix: 'List each known issue under knownIssues, or set complianceStatus to "fully" if there are none.',
      severity: 'error',
    });
  }
  if (statement.lastReviewedOn < statement.preparedOn) {
    problems.push({
      file,
      field: 'lastReviewedOn',
      message: 'The statement was last reviewed before it was prepared.',
      found: `prepared ${statement.preparedOn}, reviewed ${statement.lastReviewedOn}`,
      fix: 'Correct one of the two dates.',
      severity: 'error',
    });
  }
  if (daysBetween(statement.lastReviewedOn, today) > 365) {
    problems.push({
      file,
      field: 'lastReviewedOn',
      message: 'The accessibility statement has not been reviewed for more than a year.',
      found: statement.lastReviewedOn,
      fix: 'Review the statement against the site as it is now, update it, and set lastReviewedOn to the day you did.',
      severity: 'warning',
    });
  }
  return problems;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
