import { z } from 'zod';
import { hasIllustration, illustrationSetName, similarIllustrations } from '../children/illustrations.ts';
import { slug, text } from './common.ts';

/** A picture from the child version's illustration set, by name. Pictures are decorative: the words must say everything. */
const illustration = () =>
  z
    .string()
    .superRefine((name, context) => {
      if (hasIllustration(name)) return;
      const similar = similarIllustrations(name);
      context.addIssue({
        code: 'custom',
        message: `There is no picture called "${name}" in the ${illustrationSetName} set.${similar.length ? ` Pictures with a similar name: ${similar.join(', ')}.` : ''}`,
      });
    })
    .describe(
      `A picture to go with it: the name of a picture in the ${illustrationSetName} set (MIT licence), in lower case with hyphens, for example "house-with-garden", "red-heart" or "school". The names are listed at icon-sets.iconify.design/fluent-emoji-flat.`,
    );

/** Where a block's words come from, so each can be checked against the report before it is published. */
const source = () =>
  slug().describe(
    'Where in the report this comes from: the id of a section (for example "governance", "voice-of-children" or "young-scrutineer", as in src/model/sections.ts) or the id of a headline figure. The check fails a block whose source does not exist.',
  );

const featuredFigure = z.strictObject({
  figure: slug().describe('The id of a figure in headline-figures.yaml. Its number is taken from there, never typed again; the figure is also where the words come from.'),
  illustration: illustration(),
  label: text().describe('What the number counts, in a few plain words, for example "children cared for by the council".'),
  meaning: text().describe('One short sentence saying what the number means for a child.'),
});

const shareChart = z.strictObject({
  kind: z.literal('share').describe('"share": a picture of 100 squares with as many filled in as the figure’s percentage.'),
  heading: text().describe('A short heading over the picture, for example "Our plan for the year".'),
  figure: slug().describe('The id of a percentage: a headline figure, or "business-plan-achieved" for the share of the business plan achieved.'),
  label: text().describe('What the filled squares are, read after "86 out of every 100", for example "things in our plan were done".'),
  meaning: text().optional().describe('One more short sentence, if it helps.'),
});

const comparisonChart = z.strictObject({
  kind: z.literal('before-and-after').describe('"before-and-after": two groups of little people, the figure’s earlier value and its value now.'),
  heading: text().describe('A short heading over the picture, for example "Keeping young people safe outside the home".'),
  figure: slug().describe('The id of a headline figure that has a previous value.'),
  label: text().describe('What is counted, read after the number, for example "young people were on the list".'),
  before: text().describe('When the earlier value is from, in plain words, for example "in the first three months of the year".'),
  after: text().describe('When the value now is from, in plain words, for example "in the last three months".'),
  meaning: text().optional().describe('One more short sentence, if it helps, for example why the number changed.'),
});

/** data/<year>/children.yaml: which figures the child version shows, as numbers and as pictures, and its glossary. */
export const childFiguresSchema = z
  .strictObject({
    featuredFigures: z
      .array(featuredFigure)
      .min(1)
      .max(8)
      .describe('The big numbers, in order: between one and eight. Each is drawn as little people, each standing for 1, 10, 100 or 1,000.'),
    pictureCharts: z
      .array(z.discriminatedUnion('kind', [shareChart, comparisonChart]))
      .default([])
      .describe('Pictures made from the year’s figures: "share" (100 squares) or "before-and-after" (two groups of people). Never a figure the report calls unclear in known-issues.yaml.'),
    glossary: z
      .array(
        z.strictObject({
          term: text().describe('A word or abbreviation the child version uses, for example "NHS".'),
          meaning: text().describe('What it means, in plain words.'),
        }),
      )
      .describe('Explains every abbreviation or hard word the child version uses.'),
  })
  .describe('The child version’s figures, pictures and glossary.');

/** Front matter of content/<year>/children.md; the Markdown body is the closing message. */
export const childWordsSchema = z
  .strictObject({
    title: text().optional().describe('The page heading, if it should differ from the usual one.'),
    intro: z
      .strictObject({ text: text().describe('What a safeguarding partnership is, in two short sentences.'), illustration: illustration(), source: source() })
      .describe('The opening words under the heading.'),
    whatWeDid: z
      .array(z.strictObject({ illustration: illustration(), text: text().describe('One thing the partnership did this year, in a sentence or two.'), source: source() }))
      .min(1)
      .describe('What we did this year.'),
    quote: z
      .strictObject({
        text: text().describe('A young person’s own words, copied exactly from their section of the report: never reworded or shortened inside a sentence.'),
        source: source().describe('The section the words are copied from, for example "young-scrutineer". Its "person" (name and role) is shown with the quote.'),
      })
      .optional()
      .describe('A young person’s own words from the report, shown as a quote with their name and role.'),
    youngPeopleSaid: z
      .array(
        z.strictObject({
          said: text().describe('What young people told the partnership.'),
          changed: text().describe('What changed because of it.'),
          source: source(),
        }),
      )
      .min(1)
      .describe('What young people told us, and what changed.'),
    nextYear: z
      .array(z.strictObject({ text: text().describe('One thing we will do next year.'), source: source() }))
      .min(1)
      .describe('What we will do next year, one thing per item.'),
  })
  .describe('The child version’s words.');

export type ChildFigures = z.infer<typeof childFiguresSchema>;
export type ChildWords = z.infer<typeof childWordsSchema>;
export type PictureChart = ChildFigures['pictureCharts'][number];
