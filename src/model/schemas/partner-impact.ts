import { z } from 'zod';
import { text } from './common.ts';

/** data/<year>/partner-impact.yaml: each partner agency's evidence of impact. */
export const partnerImpactSchema = z
  .strictObject({
    agencies: z
      .array(
        z.strictObject({
          agency: text().describe('The agency’s name as the report gives it.'),
          areas: z
            .array(
              z.strictObject({
                impactArea: text().describe('The area of work, for example "Father engagement".'),
                evidence: z.array(text()).min(1).describe('Each piece of evidence of impact, one per item.'),
              }),
            )
            .min(1)
            .describe('The areas in which the agency evidenced impact.'),
        }),
      )
      .min(1)
      .describe('Partner agencies and their evidence.'),
  })
  .describe('Partner agencies’ evidence of impact.');

export type PartnerImpact = z.infer<typeof partnerImpactSchema>['agencies'][number];
