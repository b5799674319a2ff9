import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastMonthOfYear, monthOfPeriod } from '../../src/model/compute/month-of-period.ts';

describe('the month a period in words refers to', () => {
  it('reads a month and year', () => {
    assert.equal(monthOfPeriod('March 2024'), '2024-03');
    assert.equal(monthOfPeriod('end of September 2023'), '2023-09');
  });

  it('reads a quarter of a reporting year, which starts in April', () => {
    assert.equal(monthOfPeriod('Q1 2024/25'), '2024-06');
    assert.equal(monthOfPeriod('Q3 2024/25'), '2024-12');
    assert.equal(monthOfPeriod('Q4 2024/25'), '2025-03');
  });

  it('gives nothing for a whole year or words it cannot place', () => {
    assert.equal(monthOfPeriod('2023/24'), undefined);
    assert.equal(monthOfPeriod('the same point last year'), undefined);
    assert.equal(monthOfPeriod('Smarch 2024'), undefined);
  });

  it('puts a reporting year at its last month, March', () => {
    assert.equal(lastMonthOfYear('2024-25'), '2025-03');
  });
});
