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
 * for the team (the review report lists them), never silently "fixed"; a
 * year publishes only the notes the partnership writes itself (publicNote).
 */
export const knownIssuesSchema = z
  .strictObject({
    issues: uniqueBy(
        z.strictObject({
          id: slug().describe('A stable identifier for the issue.'),
          section: text().describe('The section of the report it concerns.'),
          description: text().describe('What disagrees with what, in plain words.'),
          resolution: text().describe('What the team has done about it so far, for the review report, for example "The figure is kept as printed until the partnership confirms it."'),
          publicNote: text()
            .optional()
            .describe('The partnership’s own note about the figure, published under "Notes on the figures" as its erratum, for example "The card gives 4,380 children in need; the caseload at the end of the year was 4,688." Leave it out to keep the issue for the team only.'),
          figures: z
            .array(slug())
            .optional()
            .describe('The headline figures (by id) whose value or unit this issue puts in doubt, when "explains" does not already name them. No change from the year before is worked out for a figure in doubt.'),
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
