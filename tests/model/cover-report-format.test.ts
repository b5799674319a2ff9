import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCoverReportSections } from '../../src/model/checks/cover-report-sections.ts';
import { coverReportSections } from '../../src/model/compute/cover-report-sections.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { coverReportSchema } from '../../src/model/schemas/cover-report.ts';
import { fixtures } from '../helpers/paths.ts';

const fixture = (await checkedSite(`${fixtures}minimal`)).years[0];
const report = fixture.coverReports![0].report;

describe('a cover report in one of the council’s formats', () => {
  it('numbers sections in the order of the file and their paragraphs 1.1, 1.2…, recommendations like any other', () => {
    const sections = coverReportSections(report);
    assert.deepEqual(sections.slice(0, 2).map((section) => [section.number, section.heading, section.paragraphs.map((paragraph) => paragraph.number)]), [
      [1, 'Draft recommendations', ['1.1', '1.2']],
      [2, 'Executive summary', ['2.1', '2.2']],
    ]);
    assert.equal(sections[0].intro, 'The Cabinet is recommended to:');
  });

  it('refuses a heading field its format does not have, naming the fields it has and the format that has it', () => {
    const result = coverReportSchema.safeParse({ ...report, heading: { ...report.heading, personLeading: { name: 'Morgan Hale', role: 'Partnership business manager' } } });
    assert.equal(result.success, false);
    const issue = result.error!.issues.find((candidate) => candidate.path.join('.') === 'heading.personLeading')!;
    assert.match(issue.message, /The cabinet-2021 format has no heading field "personLeading"\. Its heading block has: meeting, meetingDate, title/);
    assert.match(issue.message, /scrutiny-2017/);
  });

  it('warns about each section the format expects that the file leaves out', () => {
    const without = { ...report, sections: report.sections.filter((section) => section.id !== 'consultation') };
    const problems = checkCoverReportSections({ ...fixture, coverReports: [{ id: 'scrutiny', report: without }] });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'warning');
    assert.match(problems[0].message, /section "Consultation" \(id: consultation\)/);
    assert.deepEqual(checkCoverReportSections(fixture), []);
  });
});
