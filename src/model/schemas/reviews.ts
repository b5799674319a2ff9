import { z } from 'zod';
import { count, slug, text, uniqueBy } from './common.ts';

/** data/<year>/reviews.yaml: the reviews the partnership carried out and what came of earlier ones. */
export const reviewsSchema = z
  .strictObject({
    counts: z
      .strictObject({
        rapidReviews: count().nullish().describe('Rapid reviews undertaken in the year. Leave it out, or empty, if the report does not say.'),
        lcsprsCommissioned: count()
          .nullish()
          .describe('Local child safeguarding practice reviews commissioned in the year. Leave it out, or empty, if the report does not say.'),
        casesOfConcern: count().nullish().describe('Cases of concern considered by the review group. Leave it out, or empty, if the report does not say.'),
        briefingsPublished: count().nullish().describe('Learning briefings published in the year. Leave it out, or empty, if the report does not say.'),
      })
      .optional()
      .describe('How many reviews of each kind there were in the year: only the counts the report gives.'),
    namedReviews: uniqueBy(
        z.strictObject({
          id: slug().describe('A stable identifier for the review, for example "baby-eva".'),
          title: text().describe('The review’s published title. Use the published pseudonym, never a child’s real name.'),
          kind: z.enum(['LCSPR', 'thematic review', 'rapid review']).describe('What kind of review it was.'),
          published: text().describe('When the review was published, for example "Q4 2023-24".'),
          recommendationsStatus: text().describe('Where its recommendations stand, for example "All recommendations were completed."'),
          outcomes: z
            .array(
              z.strictObject({
                heading: text().describe('The outcome in a few words.'),
                detail: text().describe('What was done and what changed. Markdown is allowed, including bulleted lists.'),
              }),
            )
            .min(1)
            .describe('What changed as a result of the review.'),
        }),
        'id',
      )
      .optional()
      .describe('Reviews whose recommendations were followed up in the year, if the report names any.'),
  })
  .describe('Reviews.');

export type Reviews = z.infer<typeof reviewsSchema>;
export type NamedReview = NonNullable<Reviews['namedReviews']>[number];
