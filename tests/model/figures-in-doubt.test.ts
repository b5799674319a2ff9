import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { headlineFigureChanges } from '../../src/model/compute/figure-change.ts';
import { figuresInDoubt } from '../../src/model/compute/figures-in-doubt.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import type { ReportYear } from '../../src/model/report-year.ts';
import type { KnownIssue } from '../../src/model/schemas/known-issue.ts';
import { fixtures } from '../helpers/paths.ts';

// The fixture's year: children in need with an earlier value (4,000 to 4,200), and a referral rate.
const [fixtureYear] = (await checkedSite(join(fixtures, 'minimal'))).years;
const issue = (fields: Partial<KnownIssue>): KnownIssue => ({ id: 'an-issue', section: 'Headline figures', description: 'Two figures disagree.', resolution: 'Kept as printed.', ...fields });
const withIssues = (...issues: KnownIssue[]): ReportYear => ({ ...fixtureYear, knownIssues: issues });

describe('figures in doubt', () => {
  it('takes a figure as in doubt when a known issue explains its finding or names it', () => {
    const doubt = figuresInDoubt(
      withIssues(issue({ id: 'rate-unit', explains: [{ file: 'headline-figures.yaml', item: 'referral-rate' }] }), issue({ id: 'caseload', figures: ['children-in-need'] })),
    );
    assert.deepEqual([...doubt].sort(), ['children-in-need', 'referral-rate']);
  });

  it('leaves a figure alone when the issue explains a finding in another file', () => {
    assert.deepEqual([...figuresInDoubt(withIssues(issue({ explains: [{ file: 'training.yaml', item: 'children-in-need' }] })))], []);
  });

  it('works out no change for a figure in doubt, but does for one that is not', () => {
    const years = [fixtureYear];
    assert.equal(headlineFigureChanges(fixtureYear, years).get('children-in-need')?.difference, 200);
    const doubted = withIssues(issue({ figures: ['children-in-need'] }));
    assert.equal(headlineFigureChanges(doubted, years).has('children-in-need'), false);
  });

  it('works out the change again once the known issue is removed', () => {
    const doubted = withIssues(issue({ figures: ['children-in-need'] }));
    const confirmed: ReportYear = { ...doubted, knownIssues: [] };
    assert.equal(headlineFigureChanges(confirmed, [confirmed]).get('children-in-need')?.difference, 200);
  });
});
