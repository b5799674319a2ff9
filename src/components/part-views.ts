import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
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

/** A component with the props it is given; `astro check` checks each pair where it is made, by `view`. */
interface ComponentView {
  component: AstroComponentFactory;
  props: object;
}

/** Pairs a component with its props, checked against the component's own Props. */
function view<C extends AstroComponentFactory>(component: C, props: Parameters<C>[0]): ComponentView {
  return { component, props };
}

type PartView<P extends SectionPart> = (value: NonNullable<ReportYear[P]>, context: PartContext) => ComponentView;

/**
 * The component that shows each part of a section, with its props. Keyed
 * by every part that names a section in src/model/report-parts.ts, so a new
 * part does not compile until it has its view here.
 */
export const partViews: { [P in SectionPart]: PartView<P> } = {
  headlineFigures: (figures, { figureChanges }) => view(HeadlineFigures, { figures, changes: figureChanges }),
  incomeAndExpenditure: (budget, { yearLabel }) => view(IncomeAndExpenditure, { budget, yearLabel }),
  businessPlan: (plan) => view(BusinessPlan, { plan }),
  reviews: (reviews, { yearLabel, headingLevel }) => view(ReviewsSummary, { reviews, yearLabel, headingLevel }),
  commitments: (commitments, { yearLabel }) => view(Commitments, { commitments, yearLabel }),
  partnerImpact: (agencies, { yearLabel }) => view(PartnerImpactTable, { agencies, yearLabel }),
  audits: (audits) => view(AuditList, { audits }),
  executiveActions: (actions, { yearLabel }) => view(ExecutiveActions, { actions, yearLabel }),
  training: (training, { yearLabel }) => view(TrainingFigures, { training, yearLabel }),
  partnerEngagement: (engagement, { yearLabel }) => view(PartnerEngagement, { engagement, yearLabel }),
  priorities: (priorities) => view(Priorities, { items: priorities.priorities, label: `Priorities for ${formatYear(priorities.forYear)}` }),
  knownIssues: (issues) => view(KnownIssues, { issues }),
  inspection: (inspection, { yearLabel }) => view(Inspection, { inspection, yearLabel }),
  yearPriorities: (items, { yearLabel }) => view(Priorities, { items, label: `Priorities for ${yearLabel}` }),
  scrutinyComments: (scrutiny) => view(ScrutinyComments, { scrutiny }),
};

/** A section's part, shown by its component when the year has it. */
export function partView<P extends SectionPart>(part: P, context: PartContext): ReturnType<PartView<P>> | undefined {
  const value = context.year[part];
  return value === undefined ? undefined : partViews[part](value, context);
}
