import { z } from 'zod';
import { coverReportFormats, formatNames, formatOf, type HeadingField } from '../cover-report-formats.ts';
import { isoDate, text } from './common.ts';

const officer = () =>
  z.strictObject({
    name: text().optional().describe('The person’s name, as the council prints it. Leave it out until it is confirmed: the report is a draft until then.'),
    role: text().describe('Their job title, for example "Corporate Director, Children, Young People and Education".'),
  });

const markdown = () => text().describe('The words, in Markdown: a bulleted list ("- ") or a lettered list ("1. ", printed a), b), c)) may sit inside it, and a blank line starts a new unnumbered paragraph within it.');

const paragraph = () =>
  z
    .union([
      markdown(),
      z.strictObject({
        heading: text().describe('A heading for this numbered paragraph, printed after its number, for example "Financial Implications".'),
        text: markdown(),
        approvedBy: text().optional().describe('Who approved this paragraph (an implication), as printed after "Approved by:".'),
      }),
    ])
    .describe('One numbered paragraph (numbered by the build: 1.1, 1.2…): its words, or a heading and its words.');

const section = () =>
  z.strictObject({
    id: text().describe('Which of the format’s sections this is, for example "financial". The build numbers sections in the order of the file.'),
    heading: text().optional().describe('The heading as printed, when it is not the format’s own.'),
    intro: markdown().optional().describe('Words before the first numbered paragraph, unnumbered, for example "The Cabinet is recommended to:" or "Not applicable".'),
    paragraphs: z.array(paragraph()).default([]).describe('Each numbered paragraph, in order.'),
    approvedBy: text().optional().describe('Who approved this section, as the council prints it after "Approved by:". Leave it out until approved.'),
  });

const heading = () =>
  z.strictObject({
    meeting: text().describe('The committee or meeting, for example "Children and Young People Scrutiny Sub-Committee".'),
    meetingDate: isoDate().optional().describe('The date of the meeting (or of the decision), YYYY-MM-DD. Leave it out until it is fixed.'),
    title: text().describe('The report’s title (its subject) as it appears on the agenda.'),
    corporateDirector: z.array(officer()).min(1).optional().describe('The corporate director or directors responsible, each with name and role.'),
    leadOfficer: officer().optional().describe('The lead officer.'),
    leadMember: officer().optional().describe('The cabinet member or lead member.'),
    personLeading: officer().optional().describe('The person leading at the scrutiny committee meeting.'),
    originOfItem: text().optional().describe('Why the item is on the agenda, for example "This item is included in the work programme for this sub-committee."'),
    briefForCommittee: text().optional().describe('What the committee is asked to examine.'),
    wards: text().optional().describe('Wards affected, for example "All".'),
    councilPriorities: z
      .strictObject({
        heading: text().describe('The priorities’ name as printed, for example "COUNCIL PRIORITIES 2020-2024".'),
        text: markdown(),
      })
      .optional()
      .describe('How the report serves the council’s priorities.'),
    financialImpact: text().optional().describe('The financial impact in a sentence, for example "There are no direct financial implications arising from this report."'),
    keyDecision: z
      .strictObject({
        isKeyDecision: z.boolean().describe('true if the report asks for a key decision, otherwise false.'),
        reference: text().optional().describe('The forward plan reference, when it is a key decision.'),
        statement: text().optional().describe('The words printed, when they are not "Not a key decision" or the reference, for example why it is (or is not) a key decision.'),
      })
      .optional()
      .describe('Whether this is a key decision.'),
    delegation: text().optional().describe('Who has delegated the decision, for example "The Leader of the Council has delegated to the Cabinet the power to make the decisions set out in the recommendations below".'),
  });

/**
 * data/<year>/committee-reports/<meeting>.yaml: the council's cover report,
 * in one of the council's formats (src/model/cover-report-formats.ts): the
 * heading block, then the numbered sections in the order of the file.
 */
export const coverReportSchema = z
  .strictObject({
    format: z.enum(formatNames as [string, ...string[]]).describe(`Which of the council’s formats the report follows: ${formatNames.join(', ')}.`),
    masthead: text().optional().describe('The council’s name, printed in capitals at the top, for example "London Borough of Croydon".'),
    exemptInformation: z
      .strictObject({
        public: text().describe('What is for general release, for example "For general release".'),
        private: text().optional().describe('What is exempt from publication, and under which paragraph of Schedule 12A, when any is.'),
      })
      .optional()
      .describe('Whether any of it is exempt from publication.'),
    heading: heading().describe('The heading block: who and what, as the format lists it.'),
    sections: z.array(section()).min(1).describe('The numbered sections, in order.'),
    appendices: z
      .array(
        z.strictObject({
          title: text().describe('The appendix as the report lists it, for example "Croydon Safeguarding Children Board – Annual Report 2016/17".'),
          annualReport: z.boolean().optional().describe('true when the appendix is this year’s full annual report as this site builds it: the agenda pack (the cover report followed by it) is then made as well.'),
        }),
      )
      .default([])
      .describe('The appendices, in order: the first is Appendix A.'),
    contactOfficer: z
      .strictObject({
        name: text().optional().describe('Their name. Leave it out until it is confirmed.'),
        role: text().describe('Their job title.'),
        phone: text().optional().describe('A public telephone number (a switchboard or team line listed in data/privacy.yaml), never a personal mobile.'),
        email: text().optional().describe('A public email address (a team mailbox listed in data/privacy.yaml).'),
      })
      .optional()
      .describe('Who to contact about the report.'),
    backgroundPapers: z.array(text()).min(1).optional().describe('Background papers or documents, each as listed; ["None"] when the report says so.'),
  })
  .superRefine((report, context) => {
    const format = formatOf(report.format);
    if (!format) return;
    const has = new Set<HeadingField>(format.heading.map((row) => row.field));
    for (const key of Object.keys(report.heading) as HeadingField[]) {
      if (has.has(key)) continue;
      context.addIssue({
        code: 'custom',
        path: ['heading', key],
        message: `The ${format.name} format has no heading field "${key}". Its heading block has: ${[...has].join(', ')}. Remove it, or choose the format that has it (${Object.values(coverReportFormats).filter((other) => other.heading.some((row) => row.field === key)).map((other) => other.name).join(', ') || 'none'}).`,
      });
    }
    const ids = format.sections.map((candidate) => candidate.id);
    report.sections.forEach((part, index) => {
      if (!ids.includes(part.id)) {
        context.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `The ${format.name} format has no section "${part.id}". Its sections are: ${ids.join(', ')}.` });
      } else if (part.paragraphs.length === 0 && !part.intro) {
        context.addIssue({ code: 'custom', path: ['sections', index, 'paragraphs'], message: `The section "${part.id}" is empty. Write its paragraphs under "paragraphs:" (or its one unnumbered line as "intro:", such as "Not applicable"), or remove the section.` });
      }
    });
  })
  .describe('A committee cover report.');

export type CoverReport = z.infer<typeof coverReportSchema>;
export type CoverReportSection = CoverReport['sections'][number];
export type CoverReportParagraph = CoverReportSection['paragraphs'][number];
