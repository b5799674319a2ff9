import { heldToCurrentGuidance, statutoryCoverage } from '../compute/statutory-coverage.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { ReportYear } from '../report-year.ts';
import { reportParts } from '../report-parts.ts';
import { sections } from '../sections.ts';

/**
 * A report written under Working Together 2023 must answer every element the
 * guidance asks for. A draft may still be missing some (it is being written),
 * so they are warnings until it is marked published. Older years are shown
 * as they were, with "not reported this year" on the page.
 */
export function checkStatutoryCoverage(year: ReportYear): ContentProblem[] {
  if (!heldToCurrentGuidance(year)) return [];
  return statutoryCoverage(year)
    .filter((row) => row.answeredBy.length === 0)
    .map(({ element }) => {
      const files = element.sections.flatMap((id) => filesFor(year.id, id));
      return {
        file: `content/${year.id}/`,
        field: element.title,
        message:
          `The report does not answer what the statutory guidance asks for: ${element.asks.replace(/\.$/, '')}.` +
          (year.meta.status === 'draft' ? ' It must be answered before the report is published.' : ''),
        expected: `a section that answers it: ${files.join(' or ')}`,
        fix:
          element.id === 'little-or-no-progress'
            ? `Write or fill in content/${year.id}/little-or-no-progress.md. If every priority progressed, say so plainly and give the evidence.`
            : `Write or fill in ${files[0]}, or another of the files listed, with what the partnership did and the evidence.`,
        severity: year.meta.status === 'draft' ? ('warning' as const) : ('error' as const),
      };
    });
}

/** The files an author writes to give a section content. */
function filesFor(yearId: string, sectionId: string): string[] {
  const section = sections.find((candidate) => candidate.id === sectionId);
  if (!section) return [];
  if (section.narrative) return [`content/${yearId}/${section.narrative.file}.md`];
  return section.data.map((part) => `data/${yearId}/${reportParts[part].file}`);
}
