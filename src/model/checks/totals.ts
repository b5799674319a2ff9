import { summariseMoney } from '../compute/income-and-expenditure.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import type { ReportYear } from '../report-year.ts';

const pounds = (amount: number) => `£${amount.toLocaleString('en-GB')}`;

/** Decimal places a stated figure was written with, so it is compared at its own precision. */
function decimals(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

/** Whether a percentage printed with its precision is the computed one, rounded. */
export function agreesWhenRounded(stated: number, computed: number): boolean {
  const places = decimals(stated);
  return Math.abs(stated - computed) <= 0.5 * 10 ** -places + 1e-9;
}

/**
 * Totals equal the sum of their parts and a whole's percentages add up to
 * 100: the budget's printed totals and percentages against the amounts, and
 * the training shares that describe one whole.
 */
export function checkTotals(year: ReportYear, sources: SourceIndex): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const budget = year.incomeAndExpenditure;
  if (budget) {
    const file = `data/${year.id}/income-and-expenditure.yaml`;
    const summary = summariseMoney(budget);
    for (const side of ['income', 'expenditure'] as const) {
      const given = summary[side];
      if (!given) continue;
      const stated = budget.statedTotals?.[side];
      const computed = given.total;
      if (stated !== undefined && stated !== computed) {
        problems.push({
          file,
          line: sources.lineOf(file, ['statedTotals', side]),
          field: `statedTotals → ${side}`,
          message: `The printed total ${side} (${pounds(stated)}) is not the sum of the ${side} lines (${pounds(computed)}).`,
          found: String(stated),
          expected: `${computed}, the sum of the amounts above`,
          fix: `Check each ${side} amount against the source; if the amounts are right, the printed total is wrong: list it in known-issues.yaml.`,
          severity: 'error',
          check: 'totals',
          item: `statedTotals-${side}`,
        });
      }
      given.shares.forEach((share, index) => {
        const stated = share.item.statedPercent;
        if (stated === undefined || agreesWhenRounded(stated, share.percent)) return;
        problems.push({
          file,
          line: sources.lineOf(file, [side, index, 'statedPercent']),
          field: `${side} → item ${index + 1} → statedPercent`,
          message: `"${share.item.label}" is printed as ${stated}% of the total, but ${pounds(share.amount)} of ${pounds(computed)} is ${share.percent.toFixed(2)}%.`,
          found: `${stated}`,
          expected: `${share.percent.toFixed(decimals(stated))}`,
          fix: 'Check the amount against the source. The website shows the percentage it works out itself; if the source printed a different one, list it in known-issues.yaml.',
          severity: 'error',
          check: 'percentages',
          item: share.item.id,
        });
      });
    }
  }

  const training = year.training;
  if (training) {
    const file = `data/${year.id}/training.yaml`;
    training.inPerson.completion.forEach((completion, index) => {
      const noShows = training.inPerson.noShowsAndCancellations.find((entry) => entry.year === completion.year);
      if (!noShows || Math.abs(completion.percent + noShows.percent - 100) <= 1) return;
      problems.push({
        file,
        line: sources.lineOf(file, ['inPerson', 'completion', index, 'percent']),
        field: `inPerson → completion → item ${index + 1}`,
        message: `In ${completion.year}, completion (${completion.percent}%) and no-shows and cancellations (${noShows.percent}%) should cover every booking, but they add up to ${completion.percent + noShows.percent}%, not 100%.`,
        found: `${completion.percent}% + ${noShows.percent}%`,
        fix: 'Check both percentages against the source; if the source prints them this way, list it in known-issues.yaml.',
        severity: 'error',
        check: 'percentages',
        item: `completion-${completion.year}`,
      });
    });
    const shares = training.eLearning.byRole.map((role) => role.shareOfCompletionsPercent);
    const sum = shares.reduce((total, share) => total + share, 0);
    // Each share may be rounded by up to half a point.
    if (Math.abs(sum - 100) > Math.max(1, shares.length * 0.5)) {
      problems.push({
        file,
        line: sources.lineOf(file, ['eLearning', 'byRole']),
        field: 'eLearning → byRole → shareOfCompletionsPercent',
        message: `The shares of eLearning completions are parts of one whole, but they add up to ${Math.round(sum * 10) / 10}%, not 100%.`,
        found: shares.map((share) => `${share}%`).join(' + '),
        fix: 'Check each share against the source; if the source prints them this way, list it in known-issues.yaml.',
        severity: 'error',
        check: 'percentages',
        item: 'elearning-shares',
      });
    }
  }
  return problems;
}
