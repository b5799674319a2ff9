import type { ContentProblem } from './load/content-problem.ts';
import type { SourceIndex } from './load/source-files.ts';
import { knownIssueChecks, type KnownIssue } from './schemas/known-issue.ts';

/*
 * What a finding means, decided here and nowhere else. The checks give each
 * finding a severity; then:
 * - a finding a known issue explains becomes a warning naming the entry, and
 *   the review report lists the entry (`judgeFindings`);
 * - every finding, error or warning, is a line of the review report;
 * - an error stops the check, the build and every command that writes
 *   (`stopsTheBuild`), and `inspectSite` then returns no site;
 * - a warning is printed and never stops anything, except that a year is not
 *   published while it leaves a priority of the year before unanswered
 *   (`stopsPublishing`): once published, it cannot answer it any more.
 */

/** Whether the finding stops the check, the build and every command that writes. */
export const stopsTheBuild = (problem: ContentProblem): boolean => problem.severity === 'error';

/** Whether the finding keeps `npm run publish-year` from publishing the year, beyond the errors that stop everything. */
export const stopsPublishing = (problem: ContentProblem, yearId: string): boolean =>
  problem.check === 'carried-priorities' && problem.file === `data/${yearId}/commitments.yaml`;

/**
 * Whether a known-issue entry's target accounts for the finding. An
 * abbreviation the source prints unexplained can be explained only by an
 * entry naming that abbreviation and the check, never by one about a whole
 * file or item: each must be a decision about that one abbreviation.
 */
function explains(target: NonNullable<KnownIssue['explains']>[number], problem: ContentProblem, yearId: string): boolean {
  if (![`data/${yearId}/${target.file}`, `content/${yearId}/${target.file}`].includes(problem.file)) return false;
  if (problem.check === 'acronyms') return target.check === 'acronyms' && target.item === problem.item;
  return (target.item === undefined || target.item === problem.item) && (target.check === undefined || target.check === problem.check);
}

/**
 * A problem the source itself has, listed in known-issues.yaml, is not
 * silenced: it stays in the check's output as a warning that points at the
 * entry explaining it, and the review report lists the entry. A problem no
 * entry explains stays an error. An entry that explains nothing any more is
 * a warning, so the list is kept true as figures are confirmed; only for a
 * year that loaded whole, since the checks of a year with an error elsewhere
 * did not all run. Only the checks of the source's own figures and words can
 * be explained: spelling, links and personal data are ours to fix, whatever
 * an entry says (only data/privacy.yaml's reviewed exceptions let personal
 * data through).
 */
export function judgeFindings(
  problems: readonly ContentProblem[],
  knownIssues: ReadonlyMap<string, readonly KnownIssue[]>,
  loadedYears: ReadonlySet<string>,
  sources: SourceIndex,
): ContentProblem[] {
  const explainable = new Set<string>(knownIssueChecks);
  const used = new Set<string>();
  const result = problems.map((problem) => {
    const yearId = /^(?:data|content)\/(\d{4}-\d{2})\//.exec(problem.file)?.[1];
    const issues = yearId ? knownIssues.get(yearId) : undefined;
    if (!yearId || !issues || !problem.check || !explainable.has(problem.check) || problem.severity !== 'error') return problem;
    const issueIndex = issues.findIndex((issue) => (issue.explains ?? []).some((target) => explains(target, problem, yearId)));
    if (issueIndex === -1) return problem;
    const issue = issues[issueIndex];
    used.add(`${yearId} ${issue.id}`);
    const issuesFile = `data/${yearId}/known-issues.yaml`;
    const line = sources.lineOf(issuesFile, ['issues', issueIndex]);
    return {
      ...problem,
      severity: 'warning' as const,
      message: `${problem.message} This is a known issue in the source ("${issue.id}"), listed in the review report${issue.publicNote ? ' and, in the partnership’s words, under "Notes on the figures"' : ''}.`,
      fix: `Nothing to do until the partnership confirms the figure; then correct it here and update the entry in ${issuesFile}${line ? ` (line ${line})` : ''}.`,
    };
  });
  for (const [yearId, issues] of knownIssues) {
    if (!loadedYears.has(yearId)) continue;
    const issuesFile = `data/${yearId}/known-issues.yaml`;
    issues.forEach((issue, index) => {
      if (!issue.explains?.length || used.has(`${yearId} ${issue.id}`)) return;
      result.push({
        file: issuesFile,
        line: sources.lineOf(issuesFile, ['issues', index, 'explains']),
        field: `issues → item ${index + 1} → explains`,
        message: `The known issue "${issue.id}" says it explains a problem the checks no longer find.`,
        found: issue.explains.map((target) => [target.file, target.item, target.check].filter(Boolean).join(' → ')).join('; '),
        fix: 'If the figure has been corrected, remove the issue (or its "explains" list); otherwise check the file and item names.',
        severity: 'warning',
        check: 'known-issues',
      });
    });
  }
  return result;
}
