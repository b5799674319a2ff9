import { formatOf, sectionFormat } from '../cover-report-formats.ts';
import type { CoverReport } from '../schemas/cover-report.ts';

export interface NumberedParagraph {
  /** "2.1" */
  number: string;
  /** A heading printed after the number, when the paragraph has one ("4.1 Financial Implications"). */
  heading?: string;
  markdown: string;
  /** Who approved this paragraph, where the council puts the approval under each implication. */
  approvedBy?: string;
}

export interface NumberedSection {
  id: string;
  number: number;
  heading: string;
  /** Unnumbered words before the first paragraph. */
  intro?: string;
  paragraphs: NumberedParagraph[];
  approvedBy?: string;
}

/**
 * The cover report's body in the council's numbered-paragraph style: each
 * section numbered 1, 2, 3… in the order of the file, and each of its
 * paragraphs 1.1, 1.2… Numbers are worked out here, so a paragraph added in
 * the middle renumbers the rest, as the council's template does.
 */
export function coverReportSections(report: CoverReport): NumberedSection[] {
  const format = formatOf(report.format);
  return report.sections.map((part, index) => {
    const number = index + 1;
    const paragraphs = part.paragraphs.map((paragraph, paragraphIndex): NumberedParagraph => {
      const numbered = { number: `${number}.${paragraphIndex + 1}` };
      return typeof paragraph === 'string' ? { ...numbered, markdown: paragraph } : { ...numbered, heading: paragraph.heading, markdown: paragraph.text, ...(paragraph.approvedBy ? { approvedBy: paragraph.approvedBy } : {}) };
    });
    return {
      id: part.id,
      number,
      heading: part.heading ?? (format && sectionFormat(format, part.id)?.heading) ?? part.id,
      ...(part.intro ? { intro: part.intro } : {}),
      paragraphs,
      ...(part.approvedBy ? { approvedBy: part.approvedBy } : {}),
    };
  });
}
