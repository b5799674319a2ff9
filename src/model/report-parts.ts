import type { z } from 'zod';
import { auditsSchema } from './schemas/audit.ts';
import { businessPlanSchema } from './schemas/business-plan.ts';
import { childFiguresSchema } from './schemas/children.ts';
import { commitmentsSchema } from './schemas/commitment.ts';
import { executiveActionsSchema } from './schemas/executive-action.ts';
import { headlineFiguresFileSchema } from './schemas/headline-figure.ts';
import { incomeAndExpenditureSchema } from './schemas/income-and-expenditure.ts';
import { inspectionSchema } from './schemas/inspection.ts';
import { knownIssuesSchema } from './schemas/known-issue.ts';
import { partnerEngagementSchema } from './schemas/partner-engagement.ts';
import { partnerImpactSchema } from './schemas/partner-impact.ts';
import { prioritiesSchema } from './schemas/priority.ts';
import { reviewsSchema } from './schemas/reviews.ts';
import { scrutinyCommentsSchema } from './schemas/scrutiny-comment.ts';
import { trainingSchema } from './schemas/training.ts';
import { yearPrioritiesSchema } from './schemas/year-priorities.ts';

/**
 * What `npm run new-year` writes for a part: every file lists the fields
 * from the schema as comments; some add a note or start the file off.
 * - `fields`: the commented fields alone.
 * - `fields and last year's figure ids`: with the ids the last year's headline figures used, so trends line up.
 * - `fields and the year after`: with the year the priorities are for.
 * - `carried priorities`: last year's priorities for this year, as commitments not yet reported.
 */
export type ScaffoldKind = 'fields' | "fields and last year's figure ids" | 'fields and the year after' | 'carried priorities';

interface PartDefinition {
  /** The file in data/<year>/ that holds it. */
  file: `${string}.yaml`;
  /**
   * The id of the section of the report (in sections.ts) that shows it,
   * after the section's words, in the order of this registry. A part with
   * no section is shown on a page of its own (the child version).
   */
  section?: string;
  scaffold: ScaffoldKind;
}

/**
 * A data file is a group of fields, written with z.strictObject so that a
 * misspelt field is an error, not silently ignored (zod's types cannot tell
 * a strict object from a loose one: tests/model/load/unknown-fields.test.ts
 * checks every file).
 */
type FileSchema<Shape extends z.core.$ZodShape> = z.ZodObject<Shape, z.core.$strict>;

/** A part whose file is the part itself: the year holds the whole file. */
function wholeFile<Shape extends z.core.$ZodShape, const D extends PartDefinition>(definition: D & { schema: FileSchema<Shape> }) {
  return { ...definition, listKey: undefined, value: definition.schema, read: (file: z.output<FileSchema<Shape>>) => file };
}

/** A part whose file wraps one list under `listKey`: the year holds the list. */
function listInFile<Shape extends z.core.$ZodShape, K extends keyof Shape & string, const D extends PartDefinition>(
  definition: D & { schema: FileSchema<Shape>; listKey: K },
) {
  return {
    ...definition,
    value: definition.schema.shape[definition.listKey],
    // The list under listKey is what the schema's field of that name gave; zod's inferred file type cannot be indexed by a generic key.
    read: (file: z.output<FileSchema<Shape>>) => (file as Record<K, z.output<Shape[K]>>)[definition.listKey],
  };
}

/**
 * The data parts of a year's report, one entry each: the file, its schema,
 * the list the year keeps from it, the section that shows it and what
 * `npm run new-year` writes for it. The loader, the year's type and its
 * schema, the section dispatch (src/components/part-views.ts) and the
 * new-year scaffold are all made from this list, so adding a part to the
 * report is adding an entry here and the component that shows it.
 */
export const reportParts = {
  headlineFigures: listInFile({ file: 'headline-figures.yaml', schema: headlineFiguresFileSchema, listKey: 'figures', section: 'headline-figures', scaffold: "fields and last year's figure ids" }),
  incomeAndExpenditure: wholeFile({ file: 'income-and-expenditure.yaml', schema: incomeAndExpenditureSchema, section: 'income-and-expenditure', scaffold: 'fields' }),
  businessPlan: wholeFile({ file: 'business-plan.yaml', schema: businessPlanSchema, section: 'strategic-overview', scaffold: 'fields' }),
  reviews: wholeFile({ file: 'reviews.yaml', schema: reviewsSchema, section: 'strategic-overview', scaffold: 'fields' }),
  commitments: listInFile({ file: 'commitments.yaml', schema: commitmentsSchema, listKey: 'commitments', section: 'evidence-of-impact', scaffold: 'carried priorities' }),
  partnerImpact: listInFile({ file: 'partner-impact.yaml', schema: partnerImpactSchema, listKey: 'agencies', section: 'evidence-of-impact', scaffold: 'fields' }),
  audits: listInFile({ file: 'audits.yaml', schema: auditsSchema, listKey: 'audits', section: 'impact-of-audits', scaffold: 'fields' }),
  executiveActions: listInFile({ file: 'executive-actions.yaml', schema: executiveActionsSchema, listKey: 'actions', section: 'impact-of-executive-actions', scaffold: 'fields' }),
  training: wholeFile({ file: 'training.yaml', schema: trainingSchema, section: 'training-participation', scaffold: 'fields' }),
  partnerEngagement: wholeFile({ file: 'partner-engagement.yaml', schema: partnerEngagementSchema, section: 'transparency-and-accountability', scaffold: 'fields' }),
  priorities: wholeFile({ file: 'priorities.yaml', schema: prioritiesSchema, section: 'forward-planning', scaffold: 'fields and the year after' }),
  knownIssues: listInFile({ file: 'known-issues.yaml', schema: knownIssuesSchema, listKey: 'issues', section: 'notes-on-the-figures', scaffold: 'fields' }),
  // The child version's figures and glossary; its words are in content/<year>/children.md.
  children: wholeFile({ file: 'children.yaml', schema: childFiguresSchema, scaffold: 'fields' }),
  inspection: wholeFile({ file: 'inspection.yaml', schema: inspectionSchema, section: 'inspection', scaffold: 'fields' }),
  yearPriorities: listInFile({ file: 'year-priorities.yaml', schema: yearPrioritiesSchema, listKey: 'priorities', section: 'year-priorities', scaffold: 'fields' }),
  scrutinyComments: wholeFile({ file: 'scrutiny-comments.yaml', schema: scrutinyCommentsSchema, section: 'scrutiny-comments', scaffold: 'fields' }),
};

export type DataPart = keyof typeof reportParts;
/** A part's file, as read and validated. */
export type PartFile<P extends DataPart> = z.output<(typeof reportParts)[P]['schema']>;
/** What the year holds for each part. */
export type PartValues = { [P in DataPart]: z.output<(typeof reportParts)[P]['value']> };
export type PartValue<P extends DataPart> = PartValues[P];
/** The parts shown in a section of the report page (all but the child version's). */
export type SectionPart = { [P in DataPart]: (typeof reportParts)[P] extends { section: string } ? P : never }[DataPart];

/** The parts in registry order. */
export const dataParts = Object.keys(reportParts) as DataPart[];

/**
 * Each part's file schema and reader, typed per part, so the loader reads
 * any part through one generic function and the compiler checks that what
 * it keeps is what the year's type says.
 */
export const partReaders: { [P in DataPart]: { schema: z.ZodType<PartFile<P>>; read: (file: PartFile<P>) => PartValue<P> } } = reportParts;

/** The part a file in data/<year>/ holds, by file name. */
export const partByFile: ReadonlyMap<string, DataPart> = new Map(dataParts.map((part) => [reportParts[part].file, part]));

/** The parts a section shows, in registry order. */
export const partsOfSection = (sectionId: string): SectionPart[] =>
  dataParts.filter((part): part is SectionPart => (reportParts[part] as PartDefinition).section === sectionId);
