import { z } from 'zod';
import { count, slug, text, uniqueBy } from './common.ts';

/** data/<year>/reviews.yaml: the reviews the partnership carried out and what came of earlier ones. */
export const reviewsSchema = z
  .strictObject({
    counts: z
      .strictObject({
        rapidReviews: count().describe('Rapid reviews undertaken in the year.'),
        lcsprsCommissioned: count().describe('Local child safeguarding practice reviews commissioned in the year.'),
        casesOfConcern: count().describe('Cases of concern considered by the review group.'),
        briefingsPublished: count().optional().describe('Learning briefings published in the year.'),
      })
      .describe('How many reviews of each kind there were in the year.'),
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
      .describe('Reviews whose recommendations were followed up in the year.'),
  })
  .describe('Reviews.');

export type Reviews = z.infer<typeof reviewsSchema>;
export type NamedReview = Reviews['namedReviews'][number];
