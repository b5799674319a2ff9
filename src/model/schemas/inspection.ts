import { z } from 'zod';
import { isoDate, text } from './common.ts';

/** data/<year>/inspection.yaml: an inspectorate's judgement on the partnership and what is being done about it. */
export const inspectionSchema = z
  .strictObject({
    inspectorate: text().describe('Who inspected, for example "Ofsted".'),
    subject: text().describe('What was judged, for example "the Local Safeguarding Children Board".'),
    inspected: text().optional().describe('When the inspection took place, as the source puts it, for example "June to July 2017".'),
    published: isoDate().optional().describe('The day the inspection report was published, YYYY-MM-DD. Leave it out if not known.'),
    judgement: text().describe('The overall judgement in the inspectorate’s own word, for example "Inadequate".'),
    reason: text().describe('Why, in a sentence, as the source gives it.'),
    findings: z.array(text()).min(1).optional().describe('The main weaknesses (or strengths) the inspectorate found, one per item.'),
    areasForImprovement: z.array(text()).min(1).describe('The areas the inspectorate said must improve, one per item.'),
    improvementActions: z
      .array(
        z.strictObject({
          action: text().describe('What the partnership did or will do in response.'),
          when: text().optional().describe('When, as the source puts it, for example "September 2017" or "by February 2018".'),
        }),
      )
      .min(1)
      .optional()
      .describe('The partnership’s actions in response, one per item.'),
  })
  .describe('Inspection judgement and improvement actions.');

export type Inspection = z.infer<typeof inspectionSchema>;
