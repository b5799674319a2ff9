import type { ContentProblem } from '../model/load/content-problem.ts';

// GitHub's workflow commands end a value at a newline and a property at ":" or ",", so those are escaped as its docs say.
const escapeData = (value: string) => value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (value: string) => escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * Each problem as a GitHub Actions annotation, so a pull request shows it on
 * the line of the file it is about, with the same words `npm run check`
 * prints: what is wrong, the value found and how to fix it.
 */
export function githubAnnotations(problems: readonly ContentProblem[]): string[] {
  return problems.map((problem) => {
    const properties = [`file=${escapeProperty(problem.file.replace(/\/$/, ''))}`];
    if (problem.line) properties.push(`line=${problem.line}`);
    if (problem.column) properties.push(`col=${problem.column}`);
    properties.push(`title=${escapeProperty(problem.field ? `${problem.field}` : problem.severity === 'error' ? 'Content error' : 'Content warning')}`);
    const message = [
      problem.message,
      problem.found === undefined ? undefined : `Found: ${problem.found}`,
      problem.expected ? `Expected: ${problem.expected}` : undefined,
      problem.fix ? `How to fix: ${problem.fix}` : undefined,
    ]
      .filter((line) => line !== undefined)
      .join('\n');
    return `::${problem.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(message)}`;
  });
}
