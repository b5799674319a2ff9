import type { ReportYear } from '../report-year.ts';
import { sections } from '../sections.ts';

export interface ChildQuote {
  text: string;
  name: string;
  role: string;
  /** The section of the report the words are copied from. */
  section: { id: string; title: string };
}

/** The young person's words the child version quotes, with their name and role as their section of the report gives them. */
export function childQuote(year: ReportYear): ChildQuote | undefined {
  const quote = year.narrative.children?.children?.quote;
  const section = quote && sections.find((candidate) => candidate.id === quote.source);
  const person = section?.narrative ? year.narrative[section.narrative.file]?.person : undefined;
  if (!quote || !section || !person) return undefined;
  return { text: quote.text, name: person.name, role: person.role, section: { id: section.id, title: section.title } };
}
