import type { AccessibilityStatement } from './schemas/accessibility-statement.ts';
import type { Audit } from './schemas/audit.ts';
import type { BusinessPlan } from './schemas/business-plan.ts';
import type { ChildFigures } from './schemas/children.ts';
import type { Commitment } from './schemas/commitment.ts';
import type { CoverReport } from './schemas/cover-report.ts';
import type { ExecutiveAction } from './schemas/executive-action.ts';
import type { Glossary } from './schemas/glossary.ts';
import type { HeadlineFigure } from './schemas/headline-figure.ts';
import type { IncomeAndExpenditure } from './schemas/income-and-expenditure.ts';
import type { KnownIssue } from './schemas/known-issue.ts';
import type { NarrativeFrontMatter } from './schemas/narrative.ts';
import type { PartnerEngagement } from './schemas/partner-engagement.ts';
import type { PartnerImpact } from './schemas/partner-impact.ts';
import type { Partnership } from './schemas/partnership.ts';
import type { Priorities } from './schemas/priority.ts';
import type { ReportMeta } from './schemas/report-meta.ts';
import type { Reviews } from './schemas/reviews.ts';
import type { Training } from './schemas/training.ts';

/** One Markdown file of a year: its front matter and its Markdown body. */
export interface Narrative extends NarrativeFrontMatter {
  /** The file it came from, relative to the project root, for error messages. */
  file: string;
  body: string;
}

/** Everything known about one reporting year, validated. Plain data: views read it, never change it. */
export interface ReportYear {
  /** The folder name, for example "2024-25". */
  id: string;
  meta: ReportMeta;
  narrative: Record<string, Narrative>;
  headlineFigures?: HeadlineFigure[];
  incomeAndExpenditure?: IncomeAndExpenditure;
  businessPlan?: BusinessPlan;
  reviews?: Reviews;
  commitments?: Commitment[];
  partnerImpact?: PartnerImpact[];
  audits?: Audit[];
  executiveActions?: ExecutiveAction[];
  training?: Training;
  partnerEngagement?: PartnerEngagement;
  priorities?: Priorities;
  knownIssues?: KnownIssue[];
  /** The child version's featured figures and glossary; its words are in narrative.children. */
  children?: ChildFigures;
  /** Committee cover reports presenting this year's report, one per meeting, named after their file. */
  coverReports?: { id: string; report: CoverReport }[];
}

export interface Site {
  partnership: Partnership;
  glossary: Glossary;
  accessibility: AccessibilityStatement;
  /** Oldest first. */
  years: ReportYear[];
}
