const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The month (YYYY-MM) a period written in words ends in, when the words name
 * one: "March 2024" is 2024-03, and "Q1 2024/25" (April to June of a
 * reporting year) is 2024-06. Anything else, such as "2023/24" or "the same
 * point last year", gives undefined: such a value needs its date written.
 */
export function monthOfPeriod(period: string): string | undefined {
  const named = /^(?:end of |at )?([a-z]+) (\d{4})$/i.exec(period.trim());
  if (named) {
    const index = months.indexOf(named[1].toLowerCase());
    return index < 0 ? undefined : `${named[2]}-${String(index + 1).padStart(2, '0')}`;
  }
  const quarter = /^Q([1-4]) (\d{4})[/-](\d{2})$/i.exec(period.trim());
  if (quarter) {
    // Quarters of a reporting year run from April: Q1 ends in June, Q4 in March of the next year.
    const end = 3 + Number(quarter[1]) * 3;
    const year = Number(quarter[2]) + (end > 12 ? 1 : 0);
    return `${year}-${String(((end - 1) % 12) + 1).padStart(2, '0')}`;
  }
  return undefined;
}

/** The month a reporting year ends in: 2024-25 ends in March 2025. */
export function lastMonthOfYear(yearId: string): string {
  return `${Number(yearId.slice(0, 4)) + 1}-03`;
}
