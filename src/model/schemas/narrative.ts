import { z } from 'zod';
import { childWordsSchema } from './children.ts';
import { person, text } from './common.ts';

/**
 * Front matter of the Markdown files in content/<year>/. Every file may
 * override its heading; a few sections carry extra structured fields.
 */
const base = {
  title: text().optional().describe('The section heading, if it should differ from the usual one.'),
};

export const narrativeFrontMatter = {
  plain: z.strictObject(base).describe('A section of the report.'),
  executiveSummary: z
    .strictObject({
      ...base,
      keyAchievements: z
        .array(text())
        .min(1)
        .optional()
        .describe('The year’s key achievements, one per item. Leave it out when the source lists none.'),
    })
    .describe('The executive summary.'),
  reflections: z
    .strictObject({
      ...base,
      person: person(),
    })
    .describe('A scrutineer’s reflections, in their own words.'),
  children: childWordsSchema,
} as const;

export type NarrativeKind = keyof typeof narrativeFrontMatter;
export type NarrativeFrontMatter = z.infer<(typeof narrativeFrontMatter)['plain']> & {
  keyAchievements?: string[];
  person?: { name: string; role: string };
  /** The child version's words, only in children.md. */
  children?: import('./children.ts').ChildWords;
};
