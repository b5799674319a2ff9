/**
 * A mistake in the content, described for the person who made it: the file
 * and line, the field, the value found, what was expected and how to fix it.
 */
export interface ContentProblem {
  /** Path relative to the project root, for example data/2024-25/training.yaml. */
  file: string;
  line?: number;
  column?: number;
  /** The field in plain words, for example "figures → 3rd item → value". */
  field?: string;
  /** What is wrong. */
  message: string;
  /** The value as written, when there is one. */
  found?: string;
  /** What the field holds, from the schema's description. */
  expected?: string;
  /** What to do about it. */
  fix?: string;
  severity: 'error' | 'warning';
  /** Which check found it, for example "prose-numbers"; a known issue can name it. */
  check?: string;
  /** The id of the item the problem is about (a figure, an audit), so a known issue can name it. */
  item?: string;
}

/** Thrown when the content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Formats problems grouped by file, in the "There is a problem" pattern of GOV.UK error summaries. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const heading =
    errors > 0
      ? `There is a problem with the content: ${plural(errors, 'error')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''}.`
      : `The content has ${plural(warnings, 'warning')}.`;
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  const blocks = [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, fileProblems]) => {
      const sorted = [...fileProblems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      return [file, ...sorted.map(formatOne)].join('\n');
    });
  return [heading, '', blocks.join('\n\n')].join('\n');
}

function formatOne(problem: ContentProblem): string {
  // A problem about a whole year is filed under its folder, which has no "file" to point into.
  const whole = problem.file.endsWith('/') ? 'whole folder' : 'whole file';
  const where = problem.line ? `line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}` : whole;
  const label = problem.severity === 'warning' ? 'Warning' : 'Error';
  const lines = [`  ${label} at ${where}${problem.field ? ` (${problem.field})` : ''}: ${problem.message}`];
  if (problem.found !== undefined) lines.push(`    Found:    ${problem.found}`);
  if (problem.expected) lines.push(`    Expected: ${problem.expected}`);
  if (problem.fix) lines.push(`    How to fix: ${problem.fix}`);
  return lines.join('\n');
}
