import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureChange } from '../../src/model/compute/figure-change.ts';
import { summariseMoney } from '../../src/model/compute/income-and-expenditure.ts';
import { sharesOfTotal } from '../../src/model/compute/share-of-total.ts';
import { trainingOutcomes } from '../../src/model/compute/training-outcomes.ts';

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
    assert.equal(summary.income?.total, 500);
    assert.equal(summary.expenditure?.total, 450);
    assert.equal(summary.balance, 50);
  });

  it('works out no total and no balance for a side whose amounts the report does not give', () => {
    const summary = summariseMoney({ statedShares: [{ id: 'council', label: 'The local authority', percent: 76.6 }] });
    assert.deepEqual(summary, { income: undefined, expenditure: undefined, balance: undefined });
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

describe('in-person training outcomes', () => {
  const training = (completion: [string, number][], missed: [string, number][]) =>
    ({
      inPerson: {
        completion: completion.map(([year, percent]) => ({ year, percent })),
        noShowsAndCancellations: missed.map(([year, percent]) => ({ year, percent })),
      },
    }) as unknown as Parameters<typeof trainingOutcomes>[0];

  it('says which way each share moved, from the figures, whichever way that is', () => {
    const fell = trainingOutcomes(training([['2023-24', 64], ['2024-25', 59]], [['2023-24', 30], ['2024-25', 35]]));
    assert.deepEqual([fell.completion?.movement, fell.missed?.movement], ['fell', 'rose']);
    const rose = trainingOutcomes(training([['2030-31', 81], ['2029-30', 76]], [['2029-30', 20], ['2030-31', 20]]));
    assert.deepEqual([rose.completion?.movement, rose.completion?.from.year, rose.missed?.movement], ['rose', '2029-30', 'stayed the same']);
  });

  it('claims no movement for a share given for one year only', () => {
    const single = trainingOutcomes(training([['2024-25', 59]], []));
    assert.equal(single.completion, undefined);
    assert.deepEqual(single.rows, [{ year: '2024-25', completed: 59, missed: undefined }]);
  });
});
