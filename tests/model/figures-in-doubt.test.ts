import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineFigureChanges } from '../../src/model/compute/figure-change.ts';
import { figuresInDoubt } from '../../src/model/compute/figures-in-doubt.ts';
import { loadSite } from '../../src/model/load/load-site.ts';
import type { ReportYear } from '../../src/model/report-year.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { appRoot } from '../helpers/paths.ts';

const years = loadSite(appRoot).years;
const year = years.find((candidate) => candidate.id === '2024-25')!;

// Croydon's 2024/25 youth justice rate is the figure in doubt these are tried on.
describe('figures in doubt', croydonOnly, () => {
  it('takes a figure as in doubt when a known issue explains its finding or names it', () => {
    const doubt = figuresInDoubt(year);
    assert.ok(doubt.has('youth-justice-first-time-entrants'), 'named by the finding it explains');
    assert.ok(doubt.has('children-looked-after-rate'), 'named in figures');
    assert.ok(!doubt.has('young-people-on-mace'));
  });

  it('works out no change for the youth justice rate, whose unit is in doubt, but does for a figure not in doubt', () => {
    const changes = headlineFigureChanges(year, years);
    assert.equal(changes.has('youth-justice-first-time-entrants'), false);
    const mace = year.headlineFigures!.find((figure) => figure.id === 'young-people-on-mace')!;
    assert.equal(changes.get('young-people-on-mace')?.from, mace.previous!.value);
  });

  it('works out the change again once the known issue is removed', () => {
    const confirmed: ReportYear = { ...year, knownIssues: year.knownIssues!.filter((issue) => issue.id !== 'youth-justice-first-time-entrants-rate') };
    assert.equal(headlineFigureChanges(confirmed, years).get('youth-justice-first-time-entrants')?.difference, 45);
  });
});
