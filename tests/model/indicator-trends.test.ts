import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { indicatorTrends } from '../../src/model/compute/indicator-trends.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import type { ReportYear } from '../../src/model/report-year.ts';
import { fixtures } from '../helpers/paths.ts';

const base = (await checkedSite(join(fixtures, 'minimal'))).years[0];
const [first, second] = base.headlineFigures!;

/** The fixture's year again as the following year, with its figures changed as given. */
function nextYear(figures: ReportYear['headlineFigures']): ReportYear {
  return { ...base, id: '2031-32', headlineFigures: figures };
}

describe('trends across years', () => {
  it('matches a figure by id even when its label is reworded, and uses the newest label', () => {
    const renamed = { ...first, label: `${first.label} (renamed)`, value: first.value! + 1 };
    const trends = indicatorTrends([nextYear([renamed]), base]);
    const trend = trends.find((candidate) => candidate.id === first.id);
    assert.ok(trend);
    assert.equal(trend.label, renamed.label);
    assert.deepEqual(trend.points.map((point) => [point.yearId, point.value]), [[base.id, first.value], ['2031-32', renamed.value]]);
  });

  it('does not join two figures with the same label but different ids', () => {
    const other = { ...first, id: `${first.id}-other`, value: 1 };
    const trends = indicatorTrends([base, nextYear([other])]);
    assert.equal(trends.find((candidate) => candidate.id === first.id), undefined);
    assert.equal(trends.find((candidate) => candidate.id === other.id), undefined);
  });

  it('never puts values in two units on one line, and says the unit changed', () => {
    const otherUnit = second.unit === 'rate-per-10000' ? 'rate-per-100000' : 'rate-per-10000';
    const trends = indicatorTrends([base, nextYear([{ ...second, unit: otherUnit, value: 1 }])]);
    assert.equal(trends.some((trend) => trend.id === second.id), false, 'a measure in one unit per year has no trend to draw');
    const third = { ...base, id: '2032-33', headlineFigures: [{ ...second, value: 2 }] } as ReportYear;
    const mixed = indicatorTrends([base, nextYear([{ ...second, unit: otherUnit, value: 1 }]), third]);
    const same = mixed.filter((trend) => trend.id === second.id);
    assert.equal(same.length, 1);
    assert.equal(same[0].unit, second.unit);
    assert.deepEqual(same[0].points.map((point) => point.yearId), [base.id, third.id]);
    assert.equal(same[0].unitChanged, true);
  });

  it('leaves out a figure reported in only one year', () => {
    assert.deepEqual(indicatorTrends([base]), []);
  });

  it('plots an earlier value a report states with its date at that date, marked as stated in the later report', () => {
    const stock = { ...second, value: 272, previous: { value: 227, period: 'March 2030' } };
    const [trend] = indicatorTrends([{ ...base, headlineFigures: [stock] }]);
    assert.deepEqual(
      trend.points.map((point) => [point.month, point.value, point.yearId, point.statedLater]),
      [['2030-03', 227, base.id, true], ['2031-03', 272, base.id, false]],
    );
  });

  it('uses an earlier value’s written date where its period is not a month', () => {
    const stock = { ...second, previous: { value: 1, period: 'the same point last year', date: '2030-03' } };
    const [trend] = indicatorTrends([{ ...base, headlineFigures: [stock] }]);
    assert.deepEqual(trend.points.map((point) => point.month), ['2030-03', '2031-03']);
  });

  it('leaves out an earlier value given for a whole year, which has no date to plot it at', () => {
    // The fixture's first figure gives its previous value for "2029/30".
    assert.equal(first.previous?.period, '2029/30');
    assert.deepEqual(indicatorTrends([{ ...base, headlineFigures: [first] }]), []);
  });

  it('prefers a year’s own figure to the same month’s value stated in a later report', () => {
    const own = { ...second, value: 5 };
    const later = { ...second, value: 9, previous: { value: 6, period: 'March 2032' } };
    const trends = indicatorTrends([nextYear([own]), { ...base, id: '2032-33', headlineFigures: [later] }]);
    const trend = trends.find((candidate) => candidate.id === second.id)!;
    assert.deepEqual(trend.points.map((point) => [point.month, point.value, point.statedLater]), [['2032-03', 5, false], ['2033-03', 9, false]]);
  });
});
