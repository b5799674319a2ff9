import { z } from 'zod';
import { count, percent, reportingYearId, text } from './common.ts';

const yearlyShare = () =>
  z
    .array(
      z.strictObject({
        year: reportingYearId().describe('The reporting year, for example 2023-24.'),
        percent: percent().describe('The share in per cent.'),
      }),
    )
    .min(1);

/** data/<year>/training.yaml: the multi-agency training programme in figures. */
export const trainingSchema = z
  .strictObject({
    inPerson: z
      .strictObject({
        bookings: count().describe('In-person course bookings recorded in the year.'),
        coreCourses: count().describe('How many core courses were offered.'),
        averageAttendancePercent: percent().describe('Average attendance rate across sessions, in per cent.'),
        completion: yearlyShare().describe('The share of bookings completed, by year.'),
        noShowsAndCancellations: yearlyShare().describe('The share of bookings that were no-shows or cancellations, by year.'),
      })
      .describe('In-person training.'),
    eLearning: z
      .strictObject({
        modulesCompleted: count().describe('eLearning modules completed in the year.'),
        modulesCompletedQualifier: z
          .enum(['exactly', 'over'])
          .describe('"over" when the source gives a lower bound, such as "over 1,000".'),
        byRole: z
          .array(
            z.strictObject({
              role: text().describe('The group of learners.'),
              shareOfCompletionsPercent: percent().describe('This group’s share of all completions, in per cent.'),
              passRatePercent: percent().describe('Pass rate, in per cent.'),
              firstTimePassRatePercent: percent().describe('Pass rate at the first attempt, in per cent.'),
              averageAttempts: z.number().min(1).describe('Average attempts per learner.'),
              riskLevel: z.enum(['Low', 'Medium', 'High']).describe('Risk level: Low, Medium or High.'),
              examples: text().describe('Who is in the group, for example "Nursery staff, childminders".'),
            }),
          )
          .min(1)
          .describe('eLearning performance by role.'),
      })
      .describe('eLearning.'),
    evaluation: z
      .strictObject({
        metNeedsPercent: percent().describe('Share of respondents saying the learning met their professional development needs.'),
      })
      .describe('What participants said of the training.'),
    cancellationReasons: z
      .array(
        z.strictObject({
          category: text().describe('The kind of reason.'),
          examples: text().describe('Examples of reasons given.'),
          frequency: z.enum(['High', 'Medium', 'Low']).describe('How often it was given: High, Medium or Low.'),
        }),
      )
      .describe('Why bookings were cancelled.'),
  })
  .describe('Learning and training.');

export type Training = z.infer<typeof trainingSchema>;
export type ELearningRole = Training['eLearning']['byRole'][number];
