import { heldToCurrentGuidance } from './compute/statutory-coverage.ts';
import type { ReportYear } from './report-year.ts';
import { sections, type SectionDefinition } from './sections.ts';

/** Whether a section has words or data of its own, not only parts below it. */
export function hasOwnContent(year: ReportYear, section: SectionDefinition): boolean {
  // Measuring an older report against guidance it was not written to is the team's concern: the review report shows it.
  if (section.view === 'statutoryCoverage') return heldToCurrentGuidance(year);
  if (section.view === 'corrections') return (year.meta.corrections ?? []).length > 0;
  // Known issues are for the team; the page has only the notes the partnership chose to publish.
  if (section.view === 'notesOnTheFigures') return (year.knownIssues ?? []).some((issue) => issue.publicNote);
  if (section.narrative && year.narrative[section.narrative.file]) return true;
  return section.data.some((part) => {
    const value = year[part];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
}

/**
 * The sections a year has, in report order. A main section with nothing of
 * its own is kept only when one of its parts has content, so a partial year
 * never shows an empty heading.
 */
export function presentSections(year: ReportYear): SectionDefinition[] {
  const present: SectionDefinition[] = [];
  sections.forEach((section, index) => {
    if (hasOwnContent(year, section)) {
      present.push(section);
      return;
    }
    if (section.level === 2) {
      const next = sections.findIndex((other, otherIndex) => otherIndex > index && other.level === 2);
      const parts = sections.slice(index + 1, next === -1 ? undefined : next);
      if (parts.some((part) => hasOwnContent(year, part))) present.push(section);
    }
  });
  return present;
}
