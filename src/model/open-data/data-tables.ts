import { reviewCounts } from '../compute/review-counts.ts';
import { trainingOutcomes } from '../compute/training-outcomes.ts';
import { summariseMoney } from '../compute/income-and-expenditure.ts';
import type { ReportYear } from '../report-year.ts';
import type { EngagementGroup } from '../schemas/partner-engagement.ts';

/** A cell as open data: numbers as numbers (no commas, £ or %), an empty cell as null. */
export type Cell = string | number | null;

/** One of a year's tables as rows and columns, for the CSV download beside the table on the page. */
export interface DataTable {
  /** The same as the table's id on the page without "table-", and the CSV's file name. */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

const table = (id: string, title: string, columns: string[], rows: Cell[][]): DataTable => ({ id, title, columns, rows });
/** Shares are given to 2 decimals: enough to add back up to the total, without float noise. */
const twoDecimals = (value: number) => Math.round(value * 100) / 100;

function headlineFigures(year: ReportYear): DataTable[] {
  if (!year.headlineFigures) return [];
  return [
    table(
      'headline-figures',
      'Headline figures',
      ['id', 'label', 'value', 'unit', 'qualifier', 'period', 'previous value', 'previous period', 'previous date', 'stated change', 'stated change (per cent)', 'compared with', 'source'],
      year.headlineFigures.map((figure) => [
        figure.id, figure.label, figure.value ?? null, figure.unit, figure.qualifier ?? null, figure.period,
        figure.previous?.value ?? null, figure.previous?.period ?? null, figure.previous?.date ?? null,
        figure.statedChange?.direction ?? null, figure.statedChange?.percent ?? null, figure.statedChange?.comparedWith ?? null,
        figure.source,
      ]),
    ),
  ];
}

function money(year: ReportYear): DataTable[] {
  const budget = year.incomeAndExpenditure;
  if (!budget) return [];
  const summary = summariseMoney(budget);
  const side = (id: 'income' | 'expenditure', first: string, total: string): DataTable[] => {
    const given = summary[id];
    if (!given) return [];
    return [
      table(id, `${id === 'income' ? 'Income by contributor' : 'Expenditure by category'}: amounts and shares`, [first, 'amount (pounds)', 'share (per cent)'], [
        ...given.shares.map((share) => [share.item.label, share.amount, twoDecimals(share.percent)]),
        [total, given.total, 100],
      ]),
    ];
  };
  const stated = budget.statedShares
    ? [table('income-shares', 'Shares of the income, as the report states them', ['contributor', 'share (per cent)'], budget.statedShares.map((share) => [share.label, share.percent]))]
    : [];
  return [...side('income', 'contributor', 'Total income'), ...stated, ...side('expenditure', 'category', 'Total expenditure')];
}

function reviews(year: ReportYear): DataTable[] {
  const rows = year.reviews ? reviewCounts(year.reviews) : [];
  return rows.length > 0 ? [table('reviews', 'Reviews in the year', ['kind of review', 'number'], rows)] : [];
}

function training(year: ReportYear): DataTable[] {
  if (!year.training) return [];
  const { eLearning, cancellationReasons } = year.training;
  return [
    table('training-outcomes', 'In-person training bookings: completion and no-shows or cancellations, by year', ['year', 'completed (per cent)', 'no-shows and cancellations (per cent)'],
      trainingOutcomes(year.training).rows.map((row) => [row.year, row.completed ?? null, row.missed ?? null])),
    table('cancellation-reasons', 'Reasons given for cancelling training', ['category', 'examples of reasons given', 'frequency (approximate)'],
      cancellationReasons.map((reason) => [reason.category, reason.examples, reason.frequency])),
    table('elearning', 'eLearning performance by role', ['role', 'share of all completions (per cent)', 'pass rate (per cent)', 'first-time pass rate (per cent)', 'average attempts', 'risk level', 'who is in the group'],
      eLearning.byRole.map((role) => [role.role, role.shareOfCompletionsPercent, role.passRatePercent, role.firstTimePassRatePercent, role.averageAttempts, role.riskLevel, role.examples])),
  ];
}

function engagement(year: ReportYear): DataTable[] {
  if (!year.partnerEngagement) return [];
  const { groups, agencies } = year.partnerEngagement;
  const keys: EngagementGroup[] = ['review', 'qualityAssurance', 'editorial'];
  return [
    table('engagement', 'Partner engagement by group: attendance in per cent, empty where the agency is not a member', ['agency', 'member of', ...keys.map((key) => `${groups[key]} (per cent)`)],
      agencies.map((agency) => [agency.agency, agency.memberOf, ...keys.map((key) => agency[key])])),
  ];
}

function words(year: ReportYear): DataTable[] {
  return [
    ...(year.commitments ? [table('commitments', 'What we said and what we delivered', ['what we said', 'what we delivered', 'status', 'impact', 'evidence'],
      year.commitments.map((item) => [item.said, item.delivered ?? null, item.status ?? null, item.impact ?? null, item.evidence ?? null]))] : []),
    ...(year.partnerImpact ? [table('partner-impact', 'Partner agencies’ evidence of impact', ['agency', 'impact area', 'evidence of impact'],
      year.partnerImpact.flatMap((agency) => agency.areas.flatMap((area) => area.evidence.map((evidence) => [agency.agency, area.impactArea, evidence]))))] : []),
    ...(year.executiveActions ? [table('executive-actions', 'Actions the Executive required and their impact', ['action required', 'evidence of impact'],
      year.executiveActions.map((action) => [action.action, action.impact]))] : []),
    ...(year.inspection?.improvementActions ? [table('improvement-actions', 'What the partnership did in response to the inspection', ['action', 'when'],
      year.inspection.improvementActions.map((item) => [item.action, item.when ?? null]))] : []),
    ...(year.scrutinyComments ? [table('scrutiny-comments', 'What scrutiny said, and what was done about each point', ['what scrutiny said', 'what was done'],
      year.scrutinyComments.comments.map((item) => [item.comment, item.response]))] : []),
    ...(year.knownIssues ? [table('known-issues', 'Known issues in the report’s figures', ['section', 'what disagrees', 'resolution'],
      year.knownIssues.map((issue) => [issue.section, issue.description, issue.resolution]))] : []),
  ];
}

/** Every table of a year's report as open data. */
export function dataTables(year: ReportYear): DataTable[] {
  return [...headlineFigures(year), ...money(year), ...reviews(year), ...words(year), ...training(year), ...engagement(year)];
}
