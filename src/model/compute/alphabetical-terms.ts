import type { GlossaryTerm } from '../schemas/glossary.ts';

/**
 * The national and the partnership's terms as one alphabetical list, as a
 * reader looks a term up: letters without regard to case (DfE between DAPOs
 * and DSL), numbers by their value (Y6, Y7, Y11, Y12).
 */
export function alphabeticalTerms(...lists: readonly (readonly GlossaryTerm[])[]): GlossaryTerm[] {
  return lists.flat().sort((a, b) => a.abbreviation.localeCompare(b.abbreviation, 'en-GB', { sensitivity: 'base', numeric: true }));
}
