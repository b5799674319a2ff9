import { hasOwnContent } from '../present-sections.ts';
import type { ReportYear } from '../report-year.ts';
import { sections, type SectionDefinition } from '../sections.ts';
import { guidanceAppliesFrom, statutoryElements, type StatutoryElement } from '../statutory-elements.ts';

export interface CoverageRow {
  element: StatutoryElement;
  /** The year's sections that answer the element, in report order; empty when it is missing. */
  answeredBy: SectionDefinition[];
}

/** For each element the guidance asks for, where this year's report answers it. */
export function statutoryCoverage(year: ReportYear): CoverageRow[] {
  // A main section kept only as the heading over its parts answers nothing by itself.
  return statutoryElements.map((element) => ({
    element,
    answeredBy: sections.filter((section) => element.sections.includes(section.id) && hasOwnContent(year, section)),
  }));
}

/** Whether the year was written under Working Together 2023, and so must answer every element. */
export function heldToCurrentGuidance(year: ReportYear): boolean {
  return year.meta.period.start >= guidanceAppliesFrom;
}
