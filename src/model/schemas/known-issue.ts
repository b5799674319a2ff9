import { z } from 'zod';
import { slug, text, uniqueBy } from './common.ts';

/**
 * The checks whose findings can be explained by a known issue in the source.
 * Not spelling, links or personal data: those are ours to fix.
 */
export const knownIssueChecks = ['totals', 'percentages', 'prose-numbers', 'rate-units', 'reporting-period', 'acronyms'] as const;

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
          explains: z
            .array(
              z.strictObject({
                file: text().describe('The file of this year the problem is in, for example headline-figures.yaml (in data/<year>/) or governance.md (in content/<year>/).'),
                item: text()
                  .optional()
                  .describe('The id of the item it concerns (a figure, an audit, an income line), as the check names it.'),
                check: z
                  .enum(knownIssueChecks)
                  .optional()
                  .describe(`Which check it explains: ${knownIssueChecks.join(', ')}. Leave it out to cover every check on the item.`),
              }),
            )
            .optional()
            .describe('The check problems this issue explains. Each is then shown as a warning pointing here, instead of stopping the build.'),
        }),
        'id',
      )
      .describe('Each known issue.'),
  })
  .describe('Known issues in the source figures.');

export type KnownIssue = z.infer<typeof knownIssuesSchema>['issues'][number];
