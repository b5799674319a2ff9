import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import type { Glossary } from '../schemas/glossary.ts';

/** One glossary file as written, before the national and the partnership's own are read as one. */
export interface GlossaryFile {
  file: string;
  glossary: Glossary;
}

/**
 * An abbreviation in both the national glossary and the partnership's own is
 * an error: two expansions of one term would leave readers unsure which is
 * meant. It is reported in the partnership's file, which is the one to change.
 */
export function checkGlossaryClashes(national: GlossaryFile | undefined, local: GlossaryFile, sources: SourceIndex): ContentProblem[] {
  const nationalTerms = national?.glossary.terms ?? [];
  return local.glossary.terms.flatMap((term, index): ContentProblem[] => {
    const nationalIndex = nationalTerms.findIndex((candidate) => candidate.abbreviation === term.abbreviation);
    if (!national || nationalIndex === -1) return [];
    return [
      {
        file: local.file,
        line: sources.lineOf(local.file, ['terms', index]),
        field: `terms → item ${index + 1}`,
        message: `"${term.abbreviation}" is already in ${national.file} (line ${sources.lineOf(national.file, ['terms', nationalIndex]) ?? '?'}), as "${nationalTerms[nationalIndex].expansion}".`,
        found: `${term.abbreviation}: ${term.expansion}`,
        fix: 'Delete it here if the national expansion is right; if this partnership means something else by it, write the words out in the text instead.',
        severity: 'error',
        check: 'glossary-clashes',
      },
    ];
  });
}
