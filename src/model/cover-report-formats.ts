/**
 * The council's cover-report formats, one per template it has used for the
 * partnership's papers. A format says which heading-block fields the report
 * has, with the label the council prints beside each, which of them a
 * meeting needs before the report can be filed, and which numbered sections
 * it expects, with the heading the council gives each (a heading that names
 * the partnership, such as "Performance of the CSCP", is written in the file).
 */

/** Every field a heading block can hold; each format uses some of them. */
export const headingFields = [
  'meeting',
  'meetingDate',
  'title',
  'corporateDirector',
  'leadOfficer',
  'leadMember',
  'personLeading',
  'originOfItem',
  'briefForCommittee',
  'wards',
  'councilPriorities',
  'financialImpact',
  'keyDecision',
  'delegation',
] as const;

export type HeadingField = (typeof headingFields)[number];

export interface HeadingFieldFormat {
  field: HeadingField;
  /** The label the council prints, for example "LEAD OFFICER:". */
  label: string;
  /** Whether the report is a draft until it is filled in. */
  required: boolean;
}

export interface SectionFormat {
  id: string;
  /** The council's heading, printed as written unless the file gives its own. */
  heading: string;
  /** Whether the format expects it: a report without it is warned about. */
  expected: boolean;
  /** Whether the section needs an "Approved by" line before the report can be filed. */
  needsApproval: boolean;
  /** What goes there, for the scaffolded file. */
  about: string;
}

export interface CoverReportFormat {
  name: string;
  /** Which council document it is taken from, for the scaffold and the guide. */
  description: string;
  /** The heading block's rows, in the council's order. The meeting date without a row of its own is printed beside the meeting. */
  heading: HeadingFieldFormat[];
  /** Whether the exempt-information line ("For general release") is printed above the heading block. */
  releaseLine: boolean;
  sections: SectionFormat[];
  /** The labels of the closing parts, as the council prints them. */
  closing: { appendices: string; contact: string; backgroundPapers: string };
}

const field = (name: HeadingField, label: string, required = true): HeadingFieldFormat => ({ field: name, label, required });
const section = (id: string, heading: string, about: string, { expected = true, needsApproval = false } = {}): SectionFormat => ({ id, heading, about, expected, needsApproval });

export const coverReportFormats: Record<string, CoverReportFormat> = {
  'scrutiny-2017': {
    name: 'scrutiny-2017',
    description: 'The scrutiny sub-committee report of 2017 (the CSCB annual report 2016/17, 28 November 2017).',
    releaseLine: true,
    closing: { appendices: 'Appendices', contact: 'CONTACT OFFICER:', backgroundPapers: 'BACKGROUND DOCUMENTS:' },
    heading: [
      field('meeting', 'REPORT TO:'),
      field('title', 'SUBJECT:'),
      field('leadOfficer', 'LEAD OFFICER:'),
      field('leadMember', 'CABINET MEMBER:'),
      field('personLeading', 'PERSON LEADING AT SCRUTINY COMMITTEE MEETING:'),
      field('originOfItem', 'ORIGIN OF ITEM:'),
      field('briefForCommittee', 'BRIEF FOR THE COMMITTEE:'),
      field('meetingDate', ''),
    ],
    sections: [
      section('executive-summary', 'Executive summary', 'What the report presents and why, in a few paragraphs.'),
      section('ofsted-inspection', 'Ofsted inspection', 'What the latest inspection found about the board or partnership.', { expected: false }),
      section('statutory-role', 'Statutory role of the LSCB and independent chair', 'The statutory roles, objectives and functions.', { expected: false }),
      section('improving-performance', 'Improving the performance of the board', 'What is being done to improve.', { expected: false }),
      section('legislation-changes', 'Responding to changes in legislation and statutory guidance', 'What changes in the law and guidance mean for the arrangements.', { expected: false }),
    ],
  },
  'cabinet-2021': {
    name: 'cabinet-2021',
    description: 'The cabinet report of 2021 (the CSCP annual report 2020-21 to Informal Cabinet).',
    releaseLine: false,
    closing: { appendices: 'APPENDICES TO THIS REPORT', contact: 'CONTACT OFFICER:', backgroundPapers: 'BACKGROUND PAPERS' },
    heading: [
      field('meeting', 'REPORT TO:'),
      field('meetingDate', ''),
      field('title', 'SUBJECT:'),
      field('leadOfficer', 'LEAD OFFICER:'),
      field('leadMember', 'CABINET MEMBER:'),
      field('wards', 'WARDS:'),
      field('councilPriorities', 'COUNCIL PRIORITIES'),
      field('financialImpact', 'FINANCIAL IMPACT'),
      field('keyDecision', 'FORWARD PLAN KEY DECISION REFERENCE NO:'),
      field('delegation', '', false),
    ],
    sections: [
      section('recommendations', 'Draft recommendations', 'What the Cabinet is recommended to do: each recommendation a numbered paragraph.'),
      section('executive-summary', 'Executive summary', 'What the report is, in a paragraph or two.'),
      section('statutory-role', 'Statutory role of the LSCP and independent chair/scrutineer', 'The safeguarding partners’ statutory duties and arrangements.'),
      section('performance', 'Performance of the partnership', 'What the partnership achieved in the year.'),
      section('consultation', 'Consultation', 'Who was consulted, and how.'),
      section('pre-decision-scrutiny', 'Pre-decision scrutiny', 'What scrutiny said before the decision, and what was done.', { expected: false }),
      section('financial', 'Financial and risk assessment considerations', 'The financial implications.', { needsApproval: true }),
      section('legal', 'Legal considerations', 'The legal implications.', { needsApproval: true }),
      section('human-resources', 'Human resources impact', 'The human resources implications.', { needsApproval: true }),
      section('equalities', 'Equalities impact', 'The equalities implications, with the council’s equality duty.', { needsApproval: true }),
      section('environment', 'Environment and climate change impact', 'The environmental implications, or "Not applicable".'),
      section('crime-and-disorder', 'Crime and disorder reduction impact', 'The crime and disorder implications, or "Not applicable".'),
      section('reasons', 'Reasons for recommendations/proposed decision', 'Why the Cabinet is asked to decide so.'),
      section('options', 'Options considered and rejected', 'Other options, or "Not applicable".'),
      section('data-protection', 'Data protection implications', 'Whether personal data is processed and whether a data protection impact assessment was done.', { needsApproval: true }),
    ],
  },
  'decision-2023': {
    name: 'decision-2023',
    description: 'The decision report of 2023 (Police Representation and Multi Agency Working, 28 February 2023).',
    releaseLine: false,
    closing: { appendices: 'APPENDICES', contact: 'CONTACT OFFICER:', backgroundPapers: 'BACKGROUND DOCUMENTS' },
    heading: [
      field('meeting', 'REPORT:'),
      field('meetingDate', 'DATE OF DECISION'),
      field('title', 'REPORT TITLE:'),
      field('corporateDirector', 'CORPORATE DIRECTOR / DIRECTOR:'),
      field('leadOfficer', 'LEAD OFFICER:'),
      field('leadMember', 'LEAD MEMBER:'),
      field('wards', 'WARDS AFFECTED:'),
    ],
    sections: [
      section('summary', 'Summary of report', 'What the report is about and what the meeting is asked to do.'),
      section('recommendations', 'Recommendations', 'What the meeting is recommended to do: each recommendation a numbered paragraph.', { expected: false }),
      section('reasons', 'Reasons for recommendations', 'Why the meeting is asked to decide so.', { expected: false }),
      section('background', 'Background and details', 'The facts the meeting needs.'),
      section('alternative-options', 'Alternative options considered', 'Other options, and why they were not recommended.', { expected: false }),
      section('consultation', 'Consultation', 'Who was consulted, and how.', { expected: false }),
      section('council-priorities', 'Contribution to council priorities', 'How the work contributes to the council’s priorities.'),
      section('implications', 'Implications', 'Financial, legal and equalities implications (and any other), each a numbered paragraph with its own heading and, where given, who approved it.'),
    ],
  },
};

export const formatNames = Object.keys(coverReportFormats);

export function formatOf(name: string): CoverReportFormat | undefined {
  return Object.hasOwn(coverReportFormats, name) ? coverReportFormats[name] : undefined;
}

/** A section's place in its format, for its default heading and whether it needs approval. */
export function sectionFormat(format: CoverReportFormat, id: string): SectionFormat | undefined {
  return format.sections.find((candidate) => candidate.id === id);
}
