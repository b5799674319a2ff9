/** A part of a whole, with its share computed from the amounts (never typed by hand). */
export interface Share<T> {
  item: T;
  amount: number;
  /** Unrounded percentage of the total; views round it for display. */
  percent: number;
}

export interface SharesOfTotal<T> {
  shares: Share<T>[];
  total: number;
}

/** Totals the amounts and gives each item's share of the total, in the order given. */
export function sharesOfTotal<T>(items: readonly T[], amountOf: (item: T) => number): SharesOfTotal<T> {
  const total = items.reduce((sum, item) => sum + amountOf(item), 0);
  const shares = items.map((item) => {
    const amount = amountOf(item);
    return { item, amount, percent: total === 0 ? 0 : (amount / total) * 100 };
  });
  return { shares, total };
}
