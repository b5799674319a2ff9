import type { ReportYear } from '../report-year.ts';
import type { Partnership } from '../schemas/partnership.ts';
import type { ContentProblem } from './content-problem.ts';

/** References between files: an income line naming a partner must name one in data/partnership.yaml. */
export function checkReferences(years: readonly ReportYear[], partnership: Partnership): ContentProblem[] {
  const partnerIds = new Set(partnership.partners.map((partner) => partner.id));
  const problems: ContentProblem[] = [];
  for (const year of years) {
    year.incomeAndExpenditure?.income.forEach((line, index) => {
      if (line.partnerId && !partnerIds.has(line.partnerId)) {
        problems.push({
          file: `data/${year.id}/income-and-expenditure.yaml`,
          field: `income → item ${index + 1} → partnerId`,
          message: `No partner has the id "${line.partnerId}".`,
          found: line.partnerId,
          expected: `one of the partner ids in data/partnership.yaml: ${[...partnerIds].join(', ')}`,
          fix: 'Correct the id, or add the partner to data/partnership.yaml.',
          severity: 'error',
        });
      }
    });
  }
  return problems;
}
