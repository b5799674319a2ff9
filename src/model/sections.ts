import type { NarrativeKind } from './schemas/narrative.ts';

/**
 * The order and headings of the report. Every view (web page, contents list,
 * print edition) walks this one list, so they always agree. A section is
 * shown only when its year has something for it: its Markdown file, or the
 * data file named in `data`.
 */
export interface SectionDefinition {
  /** Used as the HTML id, so each section has a stable address (#governance). */
  id: string;
  title: string;
  /** 2 for a main section, 3 for a part of one. */
  level: 2 | 3;
  /** The Markdown file in content/<year>/ that holds its words, without ".md". */
  narrative?: { file: string; kind: NarrativeKind };
  /** The data parts this section shows. */
  data?: readonly DataPart[];
  /**
   * A section made from the year as a whole rather than from one file:
   * the statutory coverage table (always shown) and the list of corrections
   * (shown once there is one).
   */
  view?: 'statutoryCoverage' | 'corrections';
}

export type DataPart =
  | 'headlineFigures'
  | 'incomeAndExpenditure'
  | 'businessPlan'
  | 'reviews'
  | 'commitments'
  | 'partnerImpact'
  | 'audits'
  | 'executiveActions'
  | 'training'
  | 'partnerEngagement'
  | 'priorities'
  | 'knownIssues'
  | 'children';

const plain = (file: string) => ({ file, kind: 'plain' as const });

export const sections: readonly SectionDefinition[] = [
  { id: 'executive-summary', title: 'Executive summary', level: 2, narrative: { file: 'executive-summary', kind: 'executiveSummary' } },
  { id: 'scrutineer-reflections', title: 'Scrutineer reflections', level: 2 },
  { id: 'independent-scrutineer', title: 'The Independent Scrutineer', level: 3, narrative: { file: 'independent-scrutineer', kind: 'reflections' } },
  { id: 'young-scrutineer', title: 'The Young Scrutineer', level: 3, narrative: { file: 'young-scrutineer', kind: 'reflections' } },
  { id: 'area-profile', title: 'Area profile', level: 2, narrative: plain('area-profile') },
  { id: 'headline-figures', title: 'Headline figures and trends', level: 2, narrative: plain('headline-figures'), data: ['headlineFigures'] },
  { id: 'governance', title: 'Governance and partnership arrangements', level: 2, narrative: plain('governance') },
  { id: 'income-and-expenditure', title: 'Income and expenditure', level: 2, narrative: plain('income-and-expenditure'), data: ['incomeAndExpenditure'] },
  { id: 'working-together-2023', title: 'Progress on Working Together 2023 implementation', level: 2, narrative: plain('working-together-2023') },
  { id: 'strategic-overview', title: 'Strategic overview', level: 3, narrative: plain('strategic-overview'), data: ['businessPlan', 'reviews'] },
  { id: 'agency-engagement', title: 'Agency engagement and safeguarding assurance', level: 3, narrative: plain('agency-engagement') },
  { id: 'evidence-of-impact', title: 'Evidence of impact', level: 2, narrative: plain('evidence-of-impact'), data: ['commitments', 'partnerImpact'] },
  { id: 'impact-of-data', title: 'Impact of data', level: 3, narrative: plain('impact-of-data') },
  { id: 'impact-of-audits', title: 'Impact of audits', level: 3, narrative: plain('impact-of-audits'), data: ['audits'] },
  { id: 'impact-of-reviews', title: 'Impact of reviews', level: 3, narrative: plain('impact-of-reviews') },
  { id: 'impact-of-executive-actions', title: 'Impact of executive actions', level: 3, narrative: plain('impact-of-executive-actions'), data: ['executiveActions'] },
  { id: 'little-or-no-progress', title: 'Areas with little or no evidence of progress', level: 3, narrative: plain('little-or-no-progress') },
  { id: 'learning-and-improvement', title: 'Learning and improvement', level: 2, narrative: plain('learning-and-improvement') },
  { id: 'training-evaluation', title: 'Evaluation of impact on frontline practice', level: 3, narrative: plain('training-evaluation') },
  { id: 'training-participation', title: 'Participation, access and representation', level: 3, narrative: plain('training-participation'), data: ['training'] },
  { id: 'equality-and-next-steps', title: 'Equality, diversity and disproportionality', level: 3, narrative: plain('equality-and-next-steps') },
  { id: 'voice-of-children', title: 'Voice of children and families', level: 2, narrative: plain('voice-of-children') },
  { id: 'transparency-and-accountability', title: 'Transparency and accountability', level: 2, narrative: plain('transparency-and-accountability'), data: ['partnerEngagement'] },
  { id: 'forward-planning', title: 'Forward planning and accessibility', level: 2, narrative: plain('forward-planning'), data: ['priorities'] },
  { id: 'conclusion', title: 'Conclusion', level: 2, narrative: plain('conclusion') },
  { id: 'statutory-coverage', title: 'What the guidance asks of this report', level: 2, view: 'statutoryCoverage' },
  { id: 'corrections', title: 'Corrections', level: 2, view: 'corrections' },
  { id: 'notes-on-the-figures', title: 'Notes on the figures', level: 2, data: ['knownIssues'] },
];

/** Markdown files a year may contain, mapped to their front matter kind. */
export const narrativeFiles: ReadonlyMap<string, NarrativeKind> = new Map([
  ...sections.flatMap((section) => (section.narrative ? [[section.narrative.file, section.narrative.kind] as const] : [])),
  // The child version's words: not a section of the report, but a page of its own.
  ['children', 'children'] as const,
]);
