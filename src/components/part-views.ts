import type { FigureChange } from '../model/compute/figure-change.ts';
import type { SectionPart } from '../model/report-parts.ts';
import type { ReportYear } from '../model/report-year.ts';
import { formatYear } from '../render/format.ts';
import AuditList from './AuditList.astro';
import BusinessPlan from './BusinessPlan.astro';
import Commitments from './Commitments.astro';
import ExecutiveActions from './ExecutiveActions.astro';
import HeadlineFigures from './HeadlineFigures.astro';
import IncomeAndExpenditure from './IncomeAndExpenditure.astro';
import Inspection from './Inspection.astro';
import KnownIssues from './KnownIssues.astro';
import PartnerEngagement from './PartnerEngagement.astro';
import PartnerImpactTable from './PartnerImpactTable.astro';
import Priorities from './Priorities.astro';
import ReviewsSummary from './ReviewsSummary.astro';
import ScrutinyComments from './ScrutinyComments.astro';
import TrainingFigures from './TrainingFigures.astro';

/** What a section gives the components of its parts. */
export interface PartContext {
  year: ReportYear;
  /** The year as the page writes it, for example "2024/25". */
  yearLabel: string;
  /** Each headline figure's change since the year before, by figure id. */
  figureChanges: Map<string, FigureChange>;
  /** The level for headings inside the part: one below the section's. */
  headingLevel: 3 | 4;
}

type PartView<P extends SectionPart> = (value: NonNullable<ReportYear[P]>, context: PartContext) => { component: typeof AuditList; props: Record<string, unknown> };

/**
 * The component that shows each part of a section, with its props. Keyed
 * by every part that names a section in src/model/report-parts.ts, so a new
 * part does not compile until it has its view here.
 */
export const partViews: { [P in SectionPart]: PartView<P> } = {
  headlineFigures: (figures, { figureChanges }) => ({ component: HeadlineFigures, props: { figures, changes: figureChanges } }),
  incomeAndExpenditure: (budget, { yearLabel }) => ({ component: IncomeAndExpenditure, props: { budget, yearLabel } }),
  businessPlan: (plan) => ({ component: BusinessPlan, props: { plan } }),
  reviews: (reviews, { yearLabel, headingLevel }) => ({ component: ReviewsSummary, props: { reviews, yearLabel, headingLevel } }),
  commitments: (commitments, { yearLabel }) => ({ component: Commitments, props: { commitments, yearLabel } }),
  partnerImpact: (agencies, { yearLabel }) => ({ component: PartnerImpactTable, props: { agencies, yearLabel } }),
  audits: (audits) => ({ component: AuditList, props: { audits } }),
  executiveActions: (actions, { yearLabel }) => ({ component: ExecutiveActions, props: { actions, yearLabel } }),
  training: (training, { yearLabel }) => ({ component: TrainingFigures, props: { training, yearLabel } }),
  partnerEngagement: (engagement, { yearLabel }) => ({ component: PartnerEngagement, props: { engagement, yearLabel } }),
  priorities: (priorities) => ({ component: Priorities, props: { items: priorities.priorities, label: `Priorities for ${formatYear(priorities.forYear)}` } }),
  knownIssues: (issues) => ({ component: KnownIssues, props: { issues } }),
  inspection: (inspection, { yearLabel }) => ({ component: Inspection, props: { inspection, yearLabel } }),
  yearPriorities: (items, { yearLabel }) => ({ component: Priorities, props: { items, label: `Priorities for ${yearLabel}` } }),
  scrutinyComments: (scrutiny) => ({ component: ScrutinyComments, props: { scrutiny } }),
};

/** A section's part, shown by its component when the year has it. */
export function partView<P extends SectionPart>(part: P, context: PartContext): ReturnType<PartView<P>> | undefined {
  const value = context.year[part];
  return value === undefined ? undefined : partViews[part](value, context);
}
