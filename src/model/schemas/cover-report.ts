import { z } from 'zod';
import { isoDate, text } from './common.ts';

const officer = () =>
  z.strictObject({
    name: text().optional().describe('The person’s name. Leave it out until it is confirmed; the report then says "to be confirmed".'),
    role: text().describe('Their job title, for example "Corporate Director, Children, Young People and Education".'),
  });

const paragraphs = () =>
  z
    .array(text())
    .min(1)
    .describe('Each numbered paragraph, in order. Markdown is allowed, including bulleted lists.');

const implication = () =>
  z.strictObject({
    paragraphs: paragraphs(),
    approvedBy: text()
      .optional()
      .describe('Who approved this section, for example "Head of Finance on behalf of the Corporate Director". Leave it out until approved.'),
  });

/**
 * data/<year>/committee-reports/<meeting>.yaml: the council's cover report
 * that goes in front of the annual report at a committee meeting. The build
 * numbers the paragraphs (1.1, 1.2…) and lists the annual report as Appendix A.
 */
export const coverReportSchema = z
  .strictObject({
    meeting: text().describe('The committee or meeting, for example "Children and Young People Scrutiny Sub-Committee".'),
    meetingDate: isoDate().optional().describe('The date of the meeting, YYYY-MM-DD. Leave it out until it is fixed.'),
    title: text().describe('The report’s title as it appears on the agenda.'),
    corporateDirector: officer().optional().describe('The corporate director responsible.'),
    leadOfficer: officer().optional().describe('The lead officer.'),
    leadMember: officer().optional().describe('The cabinet member (lead member).'),
    keyDecision: z
      .strictObject({
        isKeyDecision: z.boolean().describe('true if the report asks for a key decision, otherwise false.'),
        reference: text().optional().describe('The forward plan reference, when it is a key decision.'),
      })
      .describe('Whether this is a key decision.'),
    exemptInformation: text().describe('Whether any of it is exempt from publication, for example "None: for general release".'),
    wards: text().describe('Wards affected, for example "All".'),
    summary: paragraphs().describe('Summary of the report: each paragraph in order.'),
    recommendations: z
      .strictObject({
        lead: text().describe('The sentence introducing them, for example "The Sub-Committee is recommended to:".'),
        items: z.array(text()).min(1).describe('Each recommendation.'),
      })
      .describe('What the meeting is asked to do.'),
    reasons: paragraphs().describe('Reasons for the recommendations.'),
    background: paragraphs().describe('Background: the statutory duty and what the annual report covers.'),
    consultation: paragraphs().describe('Who was consulted in preparing the report.'),
    implications: z
      .strictObject({
        financial: implication().describe('Financial implications.'),
        legal: implication().describe('Legal implications.'),
        equalities: implication().describe('Equalities implications.'),
        other: implication().optional().describe('Any other implications (human resources, data protection, environment…).'),
      })
      .describe('Implications, each with who approved it.'),
    contactOfficer: officer().describe('Who to contact about the report.'),
    backgroundPapers: text().describe('Background papers, or "None".'),
  })
  .describe('A committee cover report.');

export type CoverReport = z.infer<typeof coverReportSchema>;
