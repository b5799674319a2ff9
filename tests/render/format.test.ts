import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatMoney, formatMoneyShort, formatMonth, formatNumber, formatPercent, formatValue, formatYear, listInWords } from '../../src/render/format.ts';

// Every expectation here is worked out by hand, so a change to how values are rounded shows.
describe('formatting figures for readers', () => {
  it('rounds percentages to the nearest tenth, never truncating', () => {
    assert.equal(formatValue(74.06, 'percentage'), '74.1%');
    assert.equal(formatValue(74.04, 'percentage'), '74%');
    assert.equal(formatValue(18.96, 'percentage'), '19%');
    assert.equal(formatValue(59, 'percentage'), '59%');
  });

  it('rounds whole-number percentages half up', () => {
    assert.equal(formatPercent(59.5), '60%');
    assert.equal(formatPercent(59.49), '59%');
    assert.equal(formatPercent(11.875, 1), '11.9%');
  });

  it('writes money in whole pounds with thousands separated, rounded', () => {
    assert.equal(formatMoney(311609.6), '£311,610');
    assert.equal(formatMoney(311609.4), '£311,609');
    assert.equal(formatValue(420603, 'money'), '£420,603');
    assert.equal(formatMoneyShort(311609), '£311.6k');
    assert.equal(formatMoneyShort(950), '£950');
    assert.equal(formatMoneyShort(1000), '£1k');
    assert.equal(formatMoneyShort(999), '£999');
  });

  it('writes counts and rates the British way', () => {
    assert.equal(formatValue(25621, 'count'), '25,621');
    assert.equal(formatValue(73.46, 'rate-per-10000'), '73.5 per 10,000');
    assert.equal(formatValue(272, 'rate-per-100000'), '272 per 100,000');
    assert.equal(formatNumber(1234.56, 1), '1,234.6');
  });

  it('writes months, dates and reporting years as the reports do', () => {
    assert.equal(formatMonth('2024-11'), 'November 2024');
    assert.equal(formatMonth('2025-01'), 'January 2025');
    assert.equal(formatDate('2025-03-31'), '31 March 2025');
    assert.equal(formatDate('2025-09-01'), '1 September 2025');
    assert.equal(formatYear('2024-25'), '2024/25');
  });

  it('lists things in words, with "and" before the last', () => {
    assert.equal(listInWords(['health', 'police', 'the council']), 'health, police and the council');
    assert.equal(listInWords(['health', 'police']), 'health and police');
    assert.equal(listInWords(['health']), 'health');
  });
});
