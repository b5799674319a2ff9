import { z } from 'zod';
import { dataParts, reportParts, type DataPart } from '../report-parts.ts';
import { childWordsSchema } from './children.ts';
import { coverReportSchema } from './cover-report.ts';
import { reportMetaSchema } from './report-meta.ts';
import { person, text } from './common.ts';

/** One Markdown file of a year: its front matter and its Markdown body. */
export const narrativeSchema = z.strictObject({
  /** The file it came from, relative to the project root, for error messages. */
  file: z.string(),
  body: z.string(),
  title: text().optional(),
  keyAchievements: z.array(text()).optional(),
  person: person().optional(),
  /** The child version's words, only in children.md. */
  children: childWordsSchema.optional(),
});

/** Each data part as the year holds it, optional: a year has only the parts it has files for. */
type PartsShape = { [P in DataPart]: z.ZodOptional<(typeof reportParts)[P]['value']> };
// Object.fromEntries forgets which key holds which schema; the mapped type above says it, key by key.
const partsShape = Object.fromEntries(dataParts.map((part) => [part, reportParts[part].value.optional()])) as PartsShape;

/**
 * The shape of one loaded year, composed from the registry of report parts:
 * the type `ReportYear` is inferred from it and the Astro content collection
 * validates with it, so the loader, the collection and `npm run check` can
 * never disagree.
 */
export const reportYearSchema = z.strictObject({
  /** The folder name, for example "2024-25". */
  id: z.string(),
  meta: reportMetaSchema,
  narrative: z.record(z.string(), narrativeSchema),
  ...partsShape,
  /** Committee cover reports presenting this year's report, one per meeting, named after their file. */
  coverReports: z.array(z.strictObject({ id: z.string(), report: coverReportSchema })).optional(),
});
