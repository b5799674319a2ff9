import { z } from 'zod';
import { slug, text } from './common.ts';

/** Simple pictures drawn in the page; each is decorative, so the words must say everything. */
export const childIcons = ['people', 'house', 'heart', 'school', 'phone', 'shield', 'chat', 'star', 'book', 'hospital', 'calendar', 'megaphone'] as const;

const icon = () => z.enum(childIcons).describe(`A picture to go with it, one of: ${childIcons.join(', ')}.`);

/** data/<year>/children.yaml: which headline figures the child version features, and its glossary. */
export const childFiguresSchema = z
  .strictObject({
    featuredFigures: z
      .array(
        z.strictObject({
          figure: slug().describe('The id of a figure in headline-figures.yaml. Its number is taken from there, never typed again.'),
          icon: icon(),
          label: text().describe('What the number counts, in a few plain words, for example "children cared for by the council".'),
          meaning: text().describe('One short sentence saying what the number means for a child.'),
        }),
      )
      .min(1)
      .max(8)
      .describe('The big numbers, in order: between one and eight.'),
    glossary: z
      .array(
        z.strictObject({
          term: text().describe('A word or abbreviation the child version uses, for example "NHS".'),
          meaning: text().describe('What it means, in plain words.'),
        }),
      )
      .describe('Explains every abbreviation or hard word the child version uses.'),
  })
  .describe('The child version’s figures and glossary.');

/** Front matter of content/<year>/children.md; the Markdown body is the closing message. */
export const childWordsSchema = z
  .strictObject({
    title: text().optional().describe('The page heading, if it should differ from the usual one.'),
    intro: text().describe('What a safeguarding partnership is, in two short sentences.'),
    whatWeDid: z
      .array(z.strictObject({ icon: icon(), text: text().describe('One thing the partnership did this year, in a sentence or two.') }))
      .min(1)
      .describe('What we did this year.'),
    youngPeopleSaid: z
      .array(
        z.strictObject({
          said: text().describe('What young people told the partnership.'),
          changed: text().describe('What changed because of it.'),
        }),
      )
      .min(1)
      .describe('What young people told us, and what changed.'),
    nextYear: z.array(text()).min(1).describe('What we will do next year, one thing per item.'),
  })
  .describe('The child version’s words.');

export type ChildFigures = z.infer<typeof childFiguresSchema>;
export type ChildWords = z.infer<typeof childWordsSchema>;
export type ChildIcon = (typeof childIcons)[number];
