import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureChange } from '../../src/model/compute/figure-change.ts';
import { summariseMoney } from '../../src/model/compute/income-and-expenditure.ts';
import { sharesOfTotal } from '../../src/model/compute/share-of-total.ts';

describe('computed figures', () => {
  it('totals the parts and gives each its share of the whole', () => {
    const { shares, total } = sharesOfTotal([{ amount: 300 }, { amount: 100 }], (item) => item.amount);
    assert.equal(total, 400);
    assert.deepEqual(shares.map((share) => share.percent), [75, 25]);
  });

  it('gives no share rather than dividing by zero when the total is zero', () => {
    assert.deepEqual(sharesOfTotal([{ amount: 0 }], (item) => item.amount).shares.map((share) => share.percent), [0]);
  });

  it('works out the balance of income against expenditure', () => {
    const line = (id: string, amount: number) => ({ id, label: id, amount });
    const summary = summariseMoney({ income: [line('a', 500)], expenditure: [line('b', 350), line('c', 100)] });
    assert.equal(summary.income.total, 500);
    assert.equal(summary.expenditure.total, 450);
    assert.equal(summary.balance, 50);
  });

  it('computes the change from the previous value', () => {
    const change = figureChange({ value: 272, previous: { value: 227, period: 'March 2024' } });
    assert.equal(change?.direction, 'up');
    assert.equal(change?.difference, 45);
    assert.equal(change?.percent?.toFixed(1), '19.8');
  });

  it('has no change to show without a previous value', () => {
    assert.equal(figureChange({ value: 10 }), undefined);
  });
});
