import { z } from 'zod';
import { slug, text, uniqueBy } from './common.ts';

/**
 * data/<year>/known-issues.yaml: places where the source document disagrees
 * with itself and the right figure cannot be established from it. They are
 * shown on the page so readers are not misled, never silently "fixed".
 */
export const knownIssuesSchema = z
  .strictObject({
    issues: uniqueBy(
        z.strictObject({
          id: slug().describe('A stable identifier for the issue.'),
          section: text().describe('The section of the report it concerns.'),
          description: text().describe('What disagrees with what, in plain words.'),
          resolution: text().describe('What this website does about it, for example "The figure is shown as printed."'),
        }),
        'id',
      )
      .describe('Each known issue.'),
  })
  .describe('Known issues in the source figures.');

export type KnownIssue = z.infer<typeof knownIssuesSchema>['issues'][number];
