import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastMonthOfYear, monthOfPeriod } from '../../src/model/compute/month-of-period.ts';

describe('the month a period in words refers to', () => {
  it('reads a month and year', () => {
    assert.equal(monthOfPeriod('March 2024'), '2024-03');
    assert.equal(monthOfPeriod('end of September 2023'), '2023-09');
  });

  it('knows every month by name, in any case, with spaces around', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    assert.deepEqual(names.map((name) => monthOfPeriod(`${name} 2024`)), ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((month) => `2024-${month}`));
    assert.equal(monthOfPeriod(' at JANUARY 2025 '), '2025-01');
  });

  it('reads only a period that is the month or quarter alone, not one inside longer words', () => {
    assert.equal(monthOfPeriod('since March 2024'), undefined);
    assert.equal(monthOfPeriod('March 2024 to June 2024'), undefined);
    assert.equal(monthOfPeriod('up to Q1 2024/25'), undefined);
    assert.equal(monthOfPeriod('Q1 2024/25 onwards'), undefined);
    assert.equal(monthOfPeriod(' Q2 2024-25 '), '2024-09');
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
