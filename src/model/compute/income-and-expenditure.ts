import type { IncomeAndExpenditure, MoneyLine } from '../schemas/income-and-expenditure.ts';
import { sharesOfTotal, type SharesOfTotal } from './share-of-total.ts';

export interface MoneySummary {
  income: SharesOfTotal<MoneyLine>;
  expenditure: SharesOfTotal<MoneyLine>;
  /** Income minus expenditure: positive is a surplus, negative a deficit. */
  balance: number;
}

/** Totals, shares and balance of a year's budget, computed from the amounts alone. */
export function summariseMoney(budget: IncomeAndExpenditure): MoneySummary {
  const income = sharesOfTotal(budget.income, (line) => line.amount);
  const expenditure = sharesOfTotal(budget.expenditure, (line) => line.amount);
  return { income, expenditure, balance: income.total - expenditure.total };
}
