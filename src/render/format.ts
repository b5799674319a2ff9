import type { Unit } from '../model/schemas/headline-figure.ts';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Formats a number the British way, with as many decimals as it needs up to `maxDecimals`. */
export function formatNumber(value: number, maxDecimals = 1): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDecimals }).format(value);
}

export function formatMoney(pounds: number): string {
  return `£${whole.format(pounds)}`;
}

/** "£300k" for axis ticks, where the full "£300,000" would crowd. */
export function formatMoneyShort(pounds: number): string {
  return pounds >= 1000 ? `£${formatNumber(pounds / 1000, 1)}k` : formatMoney(pounds);
}

export function formatPercent(value: number, decimals = 0): string {
  return `${value.toFixed(decimals)}%`;
}

/** A value in its unit, as a reader sees it: "25,621", "39%", "73.5 per 10,000", "£420,603". */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'count':
      return formatNumber(value, 2);
    case 'percentage':
      return `${formatNumber(value, 1)}%`;
    case 'rate-per-10000':
      return `${formatNumber(value, 1)} per 10,000`;
    case 'rate-per-100000':
      return `${formatNumber(value, 1)} per 100,000`;
    case 'money':
      return formatMoney(value);
  }
}

/** "2024-11" as "November 2024". */
export function formatMonth(isoMonth: string): string {
  const [year, month] = isoMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "2025-03-31" as "31 March 2025". */
export function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "2024-25" as "2024/25", the way the reports write a year. */
export function formatYear(yearId: string): string {
  return yearId.replace('-', '/');
}

/** "a, b and c". */
export function listInWords(items: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items);
}
