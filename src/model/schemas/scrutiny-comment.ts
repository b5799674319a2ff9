import { z } from 'zod';
import { isoDate, text } from './common.ts';

/** data/<year>/scrutiny-comments.yaml: what a scrutiny committee said about the draft report, and what was done about each point. */
export const scrutinyCommentsSchema = z
  .strictObject({
    committee: text().describe('The committee that looked at the draft, for example "Pre-Scrutiny Committee".'),
    date: isoDate().optional().describe('The day of the meeting, YYYY-MM-DD. Leave it out if not known.'),
    comments: z
      .array(
        z.strictObject({
          comment: text().describe('The committee’s point, as the minutes or report give it.'),
          response: text().describe('What the partnership did about it, for example "The report was revised."'),
        }),
      )
      .min(1)
      .describe('Each point the committee raised, with the response.'),
  })
  .describe('Scrutiny comments and responses.');

export type ScrutinyComments = z.infer<typeof scrutinyCommentsSchema>;
