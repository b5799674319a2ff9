import { z } from 'zod';
import { count, isoDate, text } from './common.ts';

/**
 * data/accessibility.yaml: the facts of the accessibility statement that the
 * Public Sector Bodies (Websites and Mobile Applications) (No. 2)
 * Accessibility Regulations 2018 require. The page's wording follows the
 * GOV.UK model statement; these are the parts only the partnership can say.
 */
export const accessibilityStatementSchema = z
  .strictObject({
    complianceStatus: z
      .enum(['fully', 'partially', 'not'])
      .describe('How far the site meets WCAG 2.2 AA: "fully", "partially" (some known issues below) or "not".'),
    formats: z
      .array(text())
      .min(1)
      .describe('Other formats the partnership can provide on request, for example "large print", "easy read", "audio recording".'),
    replyWorkingDays: count()
      .min(1)
      .describe('Within how many working days the partnership replies to a request for another format or a reported problem.'),
    knownIssues: z
      .array(
        z.strictObject({
          problem: text().describe('What does not work, in plain words, and for whom.'),
          criterion: text().optional().describe('The WCAG 2.2 success criterion it fails, for example "1.3.1 Info and Relationships (A)".'),
          plan: text().describe('What the partnership does about it, and by when if known.'),
        }),
      )
      .describe('Content that is not accessible, and why. An empty list only if the site is fully compliant.'),
    howTested: text().describe('How the site was tested: automated checks, manual audit, testing with disabled people.'),
    preparedOn: isoDate().describe('The day the statement was first prepared.'),
    lastReviewedOn: isoDate().describe('The day the statement was last reviewed. Review it at least once a year.'),
  })
  .describe('The accessibility statement.');

export type AccessibilityStatement = z.infer<typeof accessibilityStatementSchema>;
