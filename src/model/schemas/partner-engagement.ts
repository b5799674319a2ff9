import { z } from 'zod';
import { percent, text } from './common.ts';

const attendance = () =>
  percent()
    .nullable()
    .describe('Attendance as a percentage of meetings; over 100 when more than one person came. Write null when the agency is not a member of the group.');

/** data/<year>/partner-engagement.yaml: how often each agency took part in the subgroups. */
export const partnerEngagementSchema = z
  .strictObject({
    groups: z
      .strictObject({
        review: text().describe('The Review Group’s name.'),
        qualityAssurance: text().describe('The Quality Assurance Group’s name.'),
        editorial: text().describe('The Editorial Group’s name.'),
      })
      .describe('The names of the three subgroups, as shown in headings.'),
    agencies: z
      .array(
        z.strictObject({
          agency: text().describe('The agency or role.'),
          memberOf: text().describe('The groups it belongs to, as the report lists them.'),
          review: attendance(),
          qualityAssurance: attendance(),
          editorial: attendance(),
        }),
      )
      .min(1)
      .describe('Each agency’s attendance.'),
  })
  .describe('Partner engagement by group.');

export type PartnerEngagement = z.infer<typeof partnerEngagementSchema>;
export type EngagementGroup = keyof PartnerEngagement['groups'];
