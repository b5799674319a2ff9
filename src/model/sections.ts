import { partsOfSection, type SectionPart } from './report-parts.ts';
import type { NarrativeKind } from './schemas/narrative.ts';

/**
 * The order and headings of the report. Every view (web page, contents list,
 * print edition) walks this one list, so they always agree. A section is
 * shown only when its year has something for it: its Markdown file, or one
 * of the data parts that name it in src/model/report-parts.ts.
 */
export interface SectionDefinition {
  /** Used as the HTML id, so each section has a stable address (#governance). */
  id: string;
  title: string;
  /** 2 for a main section, 3 for a part of one. */
  level: 2 | 3;
  /** The Markdown file in content/<year>/ that holds its words, without ".md". */
  narrative?: { file: string; kind: NarrativeKind };
  /** The data parts this section shows, from the registry of report parts (each part names its section). */
  data: readonly SectionPart[];
  /** What goes in the section, in a sentence for the business team (written into new years' files). */
  about: string;
  /**
   * A section made from the year as a whole rather than from one file, or
   * shown only in part: the statutory coverage table (for years written to
   * Working Together 2023), the list of corrections (once there is one) and
   * the notes on the figures (the known issues with a published note).
   */
  view?: 'statutoryCoverage' | 'corrections' | 'notesOnTheFigures';
}

const plain = (file: string) => ({ file, kind: 'plain' as const });

const outline: readonly Omit<SectionDefinition, 'data'>[] = [
  { id: 'executive-summary', title: 'Executive summary', level: 2, narrative: { file: 'executive-summary', kind: 'executiveSummary' }, about: 'A short overview of the year for busy readers; key achievements go in keyAchievements at the top.' },
  { id: 'inspection', title: 'Inspection and improvement', level: 2, narrative: plain('inspection'), about: 'An inspection of the partnership in or about this year: what was judged, the findings and what is being done (details in inspection.yaml).' },
  { id: 'year-priorities', title: 'Priorities for the year', level: 2, narrative: plain('year-priorities'), about: 'The priorities or key themes the partnership worked to during the year (listed in year-priorities.yaml).' },
  { id: 'scrutineer-reflections', title: 'Scrutineer reflections', level: 2, about: 'Heading over the scrutineers’ reflections.' },
  { id: 'independent-scrutineer', title: 'The Independent Scrutineer', level: 3, narrative: { file: 'independent-scrutineer', kind: 'reflections' }, about: 'The Independent Scrutineer’s reflections on the year, in their own words; give their name and role as person at the top.' },
  { id: 'young-scrutineer', title: 'The Young Scrutineer', level: 3, narrative: { file: 'young-scrutineer', kind: 'reflections' }, about: 'The Young Scrutineer’s reflections, in their own words; give their name and role as person at the top.' },
  { id: 'area-profile', title: 'Area profile', level: 2, narrative: plain('area-profile'), about: 'What the area is like: its children, population and needs.' },
  { id: 'headline-figures', title: 'Headline figures and trends', level: 2, narrative: plain('headline-figures'), about: 'What the year’s headline figures show, in words; the figures themselves go in headline-figures.yaml.' },
  { id: 'governance', title: 'Governance and partnership arrangements', level: 2, narrative: plain('governance'), about: 'How the partnership is organised: the safeguarding partners, the Executive, subgroups and independent scrutiny.' },
  { id: 'income-and-expenditure', title: 'Income and expenditure', level: 2, narrative: plain('income-and-expenditure'), about: 'What the budget was spent on and who paid in; the amounts go in income-and-expenditure.yaml.' },
  { id: 'working-together-2023', title: 'Progress on Working Together 2023 implementation', level: 2, narrative: plain('working-together-2023'), about: 'Progress in putting the Working Together 2023 guidance into practice.' },
  { id: 'strategic-overview', title: 'Strategic overview', level: 3, narrative: plain('strategic-overview'), about: 'The business plan and the reviews of the year, in words; the numbers go in business-plan.yaml and reviews.yaml.' },
  { id: 'agency-engagement', title: 'Agency engagement and safeguarding assurance', level: 3, narrative: plain('agency-engagement'), about: 'How the partner agencies took part and what assurance they gave.' },
  { id: 'evidence-of-impact', title: 'Evidence of impact', level: 2, narrative: plain('evidence-of-impact'), about: 'What difference the partnership made; "what we said, what we delivered" goes in commitments.yaml.' },
  { id: 'impact-of-data', title: 'Impact of data', level: 3, narrative: plain('impact-of-data'), about: 'What the partnership learned from its data and what changed because of it.' },
  { id: 'impact-of-audits', title: 'Impact of audits', level: 3, narrative: plain('impact-of-audits'), about: 'What the audits found and what changed; each audit goes in audits.yaml.' },
  { id: 'impact-of-reviews', title: 'Impact of reviews', level: 3, narrative: plain('impact-of-reviews'), about: 'What the safeguarding practice reviews taught and what changed because of them.' },
  { id: 'impact-of-executive-actions', title: 'Impact of executive actions', level: 3, narrative: plain('impact-of-executive-actions'), about: 'Actions the Executive required and their effect; each goes in executive-actions.yaml.' },
  { id: 'little-or-no-progress', title: 'Areas with little or no evidence of progress', level: 3, narrative: plain('little-or-no-progress'), about: 'Any agreed priority with little or no evidence of progress, why, and what is being done; if every priority progressed, say so and give the evidence.' },
  { id: 'learning-and-improvement', title: 'Learning and improvement', level: 2, narrative: plain('learning-and-improvement'), about: 'Training and learning across the partnership.' },
  { id: 'training-evaluation', title: 'Evaluation of impact on frontline practice', level: 3, narrative: plain('training-evaluation'), about: 'How training changed frontline practice.' },
  { id: 'training-participation', title: 'Participation, access and representation', level: 3, narrative: plain('training-participation'), about: 'Who took part in training; the numbers go in training.yaml.' },
  { id: 'equality-and-next-steps', title: 'Equality, diversity and disproportionality', level: 3, narrative: plain('equality-and-next-steps'), about: 'Equality, diversity and disproportionality: who is over- or under-represented, and what is being done.' },
  { id: 'voice-of-children', title: 'Voice of children and families', level: 2, narrative: plain('voice-of-children'), about: 'What children and families told the partnership and what changed because of it.' },
  { id: 'transparency-and-accountability', title: 'Transparency and accountability', level: 2, narrative: plain('transparency-and-accountability'), about: 'How partners hold each other to account; attendance goes in partner-engagement.yaml.' },
  { id: 'report-preparation', title: 'How this report was prepared', level: 2, narrative: plain('report-preparation'), about: 'How this report was prepared: who contributed, how, and what will change next time.' },
  { id: 'scrutiny-comments', title: 'What scrutiny said and what we did', level: 2, narrative: plain('scrutiny-comments'), about: 'What a scrutiny committee said about the draft and what was done about each point (in scrutiny-comments.yaml).' },
  { id: 'forward-planning', title: 'Forward planning and accessibility', level: 2, narrative: plain('forward-planning'), about: 'Plans for next year; the priorities themselves go in priorities.yaml.' },
  { id: 'conclusion', title: 'Conclusion', level: 2, narrative: plain('conclusion'), about: 'The partnership’s conclusion on the year.' },
  { id: 'statutory-coverage', title: 'What the guidance asks of this report', level: 2, view: 'statutoryCoverage', about: 'Made by the site: a table of what the statutory guidance asks for and which section answers each.' },
  { id: 'corrections', title: 'Corrections', level: 2, view: 'corrections', about: 'Made by the site from the corrections in report.yaml, once the published report has been corrected.' },
  { id: 'notes-on-the-figures', title: 'Notes on the figures', level: 2, view: 'notesOnTheFigures', about: 'Places where the source figures disagree with themselves (in known-issues.yaml): for the team, in the review report; the page shows only the notes the partnership writes in publicNote.' },
];

export const sections: readonly SectionDefinition[] = outline.map((section) => ({ ...section, data: partsOfSection(section.id) }));

/** Markdown files a year may contain, mapped to their front matter kind. */
export const narrativeFiles: ReadonlyMap<string, NarrativeKind> = new Map([
  ...sections.flatMap((section) => (section.narrative ? [[section.narrative.file, section.narrative.kind] as const] : [])),
  // The child version's words: not a section of the report, but a page of its own.
  ['children', 'children'] as const,
]);
