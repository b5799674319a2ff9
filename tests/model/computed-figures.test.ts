import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureChange, headlineFigureChanges } from '../../src/model/compute/figure-change.ts';
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

  it('works out no balance when the report gives only one side’s amounts', () => {
    const onlyIncome = summariseMoney({ income: [{ id: 'council', label: 'Council', amount: 300 }] } as Parameters<typeof summariseMoney>[0]);
    assert.equal(onlyIncome.income?.total, 300);
    assert.equal(onlyIncome.balance, undefined);
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

  it('has no change to show for a figure given only as a change, with no value of its own', () => {
    assert.equal(figureChange({ previous: { value: 227, period: 'March 2024' } }), undefined);
  });

  it('says a figure that fell went down, and one that stayed the same did not change', () => {
    assert.deepEqual(figureChange({ value: 90, previous: { value: 120, period: '2023/24' } }), { direction: 'down', difference: -30, percent: -25, from: 120, since: '2023/24' });
    assert.deepEqual(figureChange({ value: 59, previous: { value: 59, period: '2023/24' } }), { direction: 'no change', difference: 0, percent: 0, from: 59, since: '2023/24' });
  });

  it('gives no relative change from an earlier value of 0, only the difference', () => {
    assert.deepEqual(figureChange({ value: 4, previous: { value: 0, period: '2023/24' } }), { direction: 'up', difference: 4, percent: undefined, from: 0, since: '2023/24' });
  });
});

describe('the change in each headline figure since the year before', () => {
  type Year = Parameters<typeof headlineFigureChanges>[0];
  const figure = (id: string, value: number | undefined, unit: string, previous?: { value: number; period: string }) => ({ id, label: id, value, unit, period: '', previous, commentary: '', source: '' });
  const year = (id: string, figures: ReturnType<typeof figure>[]) => ({ id, headlineFigures: figures }) as unknown as Year;

  it('is measured from the year before’s own report, by figure id, in preference to the earlier value a figure states', () => {
    const before = year('2023-24', [figure('plans', 100, 'count'), figure('other', 5, 'count')]);
    const now = year('2024-25', [figure('plans', 130, 'count', { value: 110, period: 'March 2024' })]);
    assert.deepEqual(Object.fromEntries(headlineFigureChanges(now, [before, now])), { plans: { direction: 'up', difference: 30, percent: 30, from: 100, since: '' } });
  });

  it('falls back to the earlier value the figure states when the year before has no such figure, or gives it in another unit', () => {
    const before = year('2023-24', [figure('rate', 60, 'percentage')]);
    const now = year('2024-25', [figure('rate', 70, 'rate-per-10000', { value: 56, period: 'March 2024' }), figure('count', 3, 'count')]);
    const changes = headlineFigureChanges(now, [before, now]);
    assert.deepEqual([...changes.keys()], ['rate'], 'a figure with no earlier value has no change');
    assert.equal(changes.get('rate')?.from, 56);
  });

  it('ignores a report two years back', () => {
    const older = year('2022-23', [figure('plans', 100, 'count')]);
    const now = year('2024-25', [figure('plans', 130, 'count')]);
    assert.equal(headlineFigureChanges(now, [older, now]).size, 0);
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

  it('measures from the first year to the last, whatever lies between, and lists the years in order', () => {
    const three = trainingOutcomes(training([['2024-25', 59], ['2022-23', 70], ['2023-24', 50]], [['2023-24', 30]]));
    assert.deepEqual([three.completion?.from, three.completion?.to, three.completion?.movement], [{ year: '2022-23', percent: 70 }, { year: '2024-25', percent: 59 }, 'fell']);
    assert.deepEqual(three.rows, [
      { year: '2022-23', completed: 70, missed: undefined },
      { year: '2023-24', completed: 50, missed: 30 },
      { year: '2024-25', completed: 59, missed: undefined },
    ]);
  });

  it('claims no movement for a share given for one year only', () => {
    const single = trainingOutcomes(training([['2024-25', 59]], []));
    assert.equal(single.completion, undefined);
    assert.deepEqual(single.rows, [{ year: '2024-25', completed: 59, missed: undefined }]);
  });
});
