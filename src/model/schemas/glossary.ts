import { z } from 'zod';
import { text } from './common.ts';

/** data/glossary.yaml: every abbreviation the report uses, spelled out once for readers. */
export const glossarySchema = z
  .strictObject({
    terms: z
      .array(
        z.strictObject({
          abbreviation: z
            .string()
            .regex(/^[A-Za-z0-9&.'’-]{2,12}\+?$/, { error: 'An abbreviation is 2 to 12 letters or digits, perhaps ending in +, for example MASH or LGBTQ+.' })
            .describe('The abbreviation as it appears in the text, for example "MASH".'),
          expansion: text().describe('What it stands for, for example "Multi-Agency Safeguarding Hub".'),
        }),
      )
      .describe('Abbreviations and what they stand for.'),
  })
  .describe('The glossary of abbreviations.');

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];
