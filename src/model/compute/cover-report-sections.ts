import type { CoverReport } from '../schemas/cover-report.ts';

export interface NumberedParagraph {
  /** "2.1" */
  number: string;
  markdown: string;
  /** Lettered items that belong to this paragraph, such as the recommendations. */
  items?: string[];
}

export interface NumberedSection {
  number: number;
  heading: string;
  paragraphs: NumberedParagraph[];
  approvedBy?: string;
}

/**
 * The cover report's body in the council's numbered-paragraph style: each
 * section numbered 1, 2, 3… and each of its paragraphs 1.1, 1.2… Numbers are
 * worked out here, so a paragraph added in the middle renumbers the rest.
 */
export function coverReportSections(report: CoverReport): NumberedSection[] {
  const implications = report.implications;
  const parts: { heading: string; paragraphs: string[]; items?: { lead: string; items: string[] }; approvedBy?: string }[] = [
    { heading: 'Summary', paragraphs: report.summary },
    { heading: 'Recommendations', paragraphs: [], items: report.recommendations },
    { heading: 'Reasons for the recommendations', paragraphs: report.reasons },
    { heading: 'Background', paragraphs: report.background },
    { heading: 'Consultation', paragraphs: report.consultation },
    { heading: 'Financial implications', ...implications.financial },
    { heading: 'Legal implications', ...implications.legal },
    { heading: 'Equalities implications', ...implications.equalities },
    ...(implications.other ? [{ heading: 'Other implications', ...implications.other }] : []),
  ];
  return parts.map((part, index) => {
    const number = index + 1;
    const paragraphs: NumberedParagraph[] = part.items
      ? [{ number: `${number}.1`, markdown: part.items.lead, items: part.items.items }]
      : part.paragraphs.map((markdown, paragraphIndex) => ({ number: `${number}.${paragraphIndex + 1}`, markdown }));
    return { number, heading: part.heading, paragraphs, ...(part.approvedBy ? { approvedBy: part.approvedBy } : {}) };
  });
}
