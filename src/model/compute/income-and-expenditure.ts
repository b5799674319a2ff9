import type { IncomeAndExpenditure, MoneyLine } from '../schemas/income-and-expenditure.ts';
import { sharesOfTotal, type SharesOfTotal } from './share-of-total.ts';

export interface MoneySummary {
  /** Each side, where the report gives its amounts. */
  income?: SharesOfTotal<MoneyLine>;
  expenditure?: SharesOfTotal<MoneyLine>;
  /** Income minus expenditure, when both are given: positive is a surplus, negative a deficit. */
  balance?: number;
}

/** Totals, shares and balance of a year's budget, computed from the amounts alone. */
export function summariseMoney(budget: IncomeAndExpenditure): MoneySummary {
  const income = budget.income && sharesOfTotal(budget.income, (line) => line.amount);
  const expenditure = budget.expenditure && sharesOfTotal(budget.expenditure, (line) => line.amount);
  return { income, expenditure, balance: income && expenditure ? income.total - expenditure.total : undefined };
}
