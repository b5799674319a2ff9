import type { ReportYear } from '../report-year.ts';
import type { Partnership } from '../schemas/partnership.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';

/**
 * References between files: an income line naming a partner must name one in
 * data/partnership.yaml; a figure the child version or a known issue names
 * must exist; figures for children need the child version's words.
 */
export function checkReferences(years: readonly ReportYear[], partnership: Partnership, sources: SourceIndex): ContentProblem[] {
  const partnerIds = new Set(partnership.partners.map((partner) => partner.id));
  const problems: ContentProblem[] = [];
  for (const year of years) {
    for (const list of ['income', 'statedShares'] as const) {
      (year.incomeAndExpenditure?.[list] ?? []).forEach((line, index) => {
        if (line.partnerId && !partnerIds.has(line.partnerId)) {
          problems.push({
            file: `data/${year.id}/income-and-expenditure.yaml`,
            line: sources.lineOf(`data/${year.id}/income-and-expenditure.yaml`, [list, index, 'partnerId']),
            field: `${list} → item ${index + 1} → partnerId`,
            message: `No partner has the id "${line.partnerId}".`,
            found: line.partnerId,
            expected: `one of the partner ids in data/partnership.yaml: ${[...partnerIds].join(', ')}`,
            fix: 'Correct the id, or add the partner to data/partnership.yaml.',
            severity: 'error',
            check: 'references',
          });
        }
      });
    }
    year.children?.featuredFigures.forEach((featured, index) => {
      const figure = year.headlineFigures?.find((candidate) => candidate.id === featured.figure);
      if (!figure || figure.value === undefined) {
        problems.push({
          file: `data/${year.id}/children.yaml`,
          line: sources.lineOf(`data/${year.id}/children.yaml`, ['featuredFigures', index, 'figure']),
          field: `featuredFigures → item ${index + 1} → figure`,
          message: figure
            ? `The headline figure "${featured.figure}" has no value to show.`
            : `No headline figure has the id "${featured.figure}".`,
          found: featured.figure,
          expected: `the id of a headline figure with a value in data/${year.id}/headline-figures.yaml`,
          fix: 'Use the id of a figure that has a value, exactly as written in headline-figures.yaml.',
          severity: 'error',
          check: 'references',
        });
      }
    });
    year.knownIssues?.forEach((issue, issueIndex) => {
      issue.figures?.forEach((id, index) => {
        if (year.headlineFigures?.some((figure) => figure.id === id)) return;
        problems.push({
          file: `data/${year.id}/known-issues.yaml`,
          line: sources.lineOf(`data/${year.id}/known-issues.yaml`, ['issues', issueIndex, 'figures', index]),
          field: `issues → item ${issueIndex + 1} → figures → item ${index + 1}`,
          message: `No headline figure has the id "${id}", so the issue puts nothing in doubt.`,
          found: id,
          expected: `the id of a headline figure in data/${year.id}/headline-figures.yaml`,
          fix: 'Use the figure’s id exactly as written in headline-figures.yaml.',
          severity: 'error',
          check: 'references',
        });
      });
    });
    if (year.children && !year.narrative.children) {
      problems.push({
        file: `content/${year.id}/children.md`,
        message: 'The year features figures for children (children.yaml) but has no words for the child version.',
        fix: `Create content/${year.id}/children.md, or delete data/${year.id}/children.yaml.`,
        severity: 'error',
        check: 'references',
      });
    }
  }
  return problems;
}
