import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { incomeShareTrends } from '../../src/model/compute/income-share-trends.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { fixtures } from '../helpers/paths.ts';

const site = await checkedSite(join(fixtures, 'minimal'));
const base = site.years[0];
const budget = base.incomeAndExpenditure!;
const later = { ...base, id: '2031-32', incomeAndExpenditure: { ...budget, income: budget.income!.map((line) => (line.partnerId === 'redbrook-council' ? { ...line, amount: 100 } : line)) } };

describe('each safeguarding partner’s share of the income', () => {
  it('follows the council’s share across the years that give its contribution, worked out from the amounts', () => {
    const council = incomeShareTrends([later, base], site.partnership.partners).find((trend) => trend.id === 'income-share-redbrook-council');
    assert.ok(council);
    assert.equal(council.unit, 'percentage');
    // 300 of 400, then 100 of 200.
    assert.deepEqual(council.points.map((point) => [point.yearId, point.value]), [[base.id, 75], ['2031-32', 50]]);
  });

  it('takes the share a report states where it gives no amounts, as a past year’s cover report may', () => {
    const earlier = { ...base, id: '2029-30', incomeAndExpenditure: { statedShares: [{ id: 'council', label: 'The local authority', partnerId: 'redbrook-council', percent: 76.6 }] } };
    const council = incomeShareTrends([earlier, base], site.partnership.partners).find((trend) => trend.id === 'income-share-redbrook-council');
    assert.deepEqual(council?.points.map((point) => [point.yearId, point.value]), [['2029-30', 76.6], [base.id, 75]]);
  });

  it('has no trend while only one year gives the income', () => {
    assert.deepEqual(incomeShareTrends([base], site.partnership.partners), []);
  });
});
