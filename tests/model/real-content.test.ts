import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summariseMoney } from '../../src/model/compute/income-and-expenditure.ts';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { presentSections } from '../../src/model/present-sections.ts';
import { sections } from '../../src/model/sections.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { appRoot } from '../helpers/paths.ts';

const { site, problems } = await inspectSite(appRoot);
const year = site?.years.find((candidate) => candidate.id === '2024-25');

describe('the repository’s content', () => {
  it('passes every schema and check without an error', () => {
    const errors = problems.filter((problem) => problem.severity === 'error');
    assert.deepEqual(errors, [], formatProblems(errors));
    assert.ok(site && site.years.length > 0, 'it has at least one year');
  });
});

describe('Croydon’s 2024/25 content', croydonOnly, () => {
  it('is there', () => {
    assert.ok(year);
  });

  it('has every section of the report for 2024/25 except those only earlier years’ sources have, corrections only once there are some, and notes on the figures only when the partnership publishes one', () => {
    // The inspection, the year's own priorities, scrutiny comments and how the report was prepared
    // come from the committee reports of earlier years; the 2024/25 report has none of them.
    const earlierOnly = new Set(['inspection', 'year-priorities', 'report-preparation', 'scrutiny-comments']);
    const hasCorrections = (year!.meta.corrections ?? []).length > 0;
    // Known issues are the team's: the notes section appears only for a note the partnership publishes.
    const hasPublicNotes = (year!.knownIssues ?? []).some((issue) => issue.publicNote);
    const expected = sections.filter(
      (section) =>
        !earlierOnly.has(section.id) && (section.id !== 'corrections' || hasCorrections) && (section.id !== 'notes-on-the-figures' || hasPublicNotes),
    );
    assert.deepEqual(presentSections(year!).map((section) => section.id), expected.map((section) => section.id));
  });

  it('computes budget totals that match the totals the report printed', () => {
    const budget = year!.incomeAndExpenditure!;
    const summary = summariseMoney(budget);
    assert.equal(summary.income?.total, budget.statedTotals?.income);
    assert.equal(summary.expenditure?.total, budget.statedTotals?.expenditure);
    assert.equal(summary.balance, 0);
  });

  it('keeps figure ids unique and records the source’s own contradictions visibly', () => {
    const ids = year!.headlineFigures!.map((figure) => figure.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok((year!.knownIssues ?? []).some((issue) => issue.id === 'children-in-need-value'));
  });
});
