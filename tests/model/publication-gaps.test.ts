import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coverReportGaps, isCompleteCoverReport, publicationGaps, publicationRecordGaps } from '../../src/model/compute/publication-gaps.ts';
import { checkCoverReportDrafts } from '../../src/model/checks/cover-report-drafts.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import type { CoverReport } from '../../src/model/schemas/cover-report.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

const fixture = (await checkedSite(`${fixtures}minimal`)).years[0];
const complete = fixture.coverReports![0].report;
const without = (change: (report: CoverReport) => void): CoverReport => {
  const copy = structuredClone(complete);
  change(copy);
  return copy;
};

describe('what a cover report still needs', () => {
  it('finds nothing missing in a cover report with its date, every name and every approval', () => {
    assert.deepEqual(coverReportGaps('2030-31', 'scrutiny', complete), []);
    assert.equal(isCompleteCoverReport('2030-31', 'scrutiny', complete), true);
  });

  it('names the field of a missing meeting date, officer’s name and approval', () => {
    const gaps = coverReportGaps(
      '2030-31',
      'scrutiny',
      without((report) => {
        delete report.heading.meetingDate;
        delete report.heading.leadMember!.name;
        delete report.sections.find((part) => part.id === 'legal')!.approvedBy;
      }),
    );
    assert.deepEqual(
      gaps.map((gap) => gap.field),
      ['heading → meetingDate', 'heading → leadMember → name', 'sections → item 7 (legal) → approvedBy'],
    );
    assert.ok(gaps.every((gap) => gap.file === 'data/2030-31/committee-reports/scrutiny.yaml'));
  });

  it('counts a missing officer the format needs as a gap', () => {
    const gaps = coverReportGaps('2030-31', 'scrutiny', without((report) => delete report.heading.leadOfficer));
    assert.deepEqual(gaps.map((gap) => gap.field), ['heading → leadOfficer']);
  });

  it('asks only for the approvals the format prints: a "Not applicable" section needs none', () => {
    const report = without((report) => delete report.sections.find((part) => part.id === 'environment')!.approvedBy);
    assert.deepEqual(coverReportGaps('2030-31', 'scrutiny', report), []);
  });

  it('warns once about a draft cover report, listing everything it needs', () => {
    const draft = { ...fixture, coverReports: [{ id: 'scrutiny', report: without((report) => delete report.heading.meetingDate) }] };
    const problems = checkCoverReportDrafts(draft);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'warning');
    assert.match(problems[0].found!, /meetingDate/);
    assert.deepEqual(checkCoverReportDrafts(fixture), []);
  });
});

describe('the publication record of Croydon’s years', croydonOnly, async () => {
  const real = (await checkedSite(appRoot)).years;

  it('asks a report written to Working Together 2023 for its publication date and the days it was sent to the Panel and Foundations', () => {
    const year = real.find((candidate) => candidate.id === '2024-25')!;
    const expected = ['publicationDate', 'sentToPanel', 'sentToFoundations'].filter((field) => !year.meta[field as 'sentToPanel']);
    assert.deepEqual(publicationRecordGaps(year).map((gap) => gap.field), expected);
  });

  it('asks an older report only for its publication date, and a draft for nothing', () => {
    const older = real.find((candidate) => candidate.id === '2016-17')!;
    assert.deepEqual(publicationRecordGaps(older).map((gap) => gap.field), older.meta.publicationDate ? [] : ['publicationDate']);
    assert.deepEqual(publicationRecordGaps({ ...older, meta: { ...older.meta, status: 'draft' } }), []);
  });

  it('lists the 2024/25 cover report’s missing names and approvals with the publication record', () => {
    const year = real.find((candidate) => candidate.id === '2024-25')!;
    const fields = publicationGaps(year).map((gap) => `${gap.file} ${gap.field}`);
    assert.ok(fields.includes('data/2024-25/committee-reports/children-scrutiny.yaml heading → meetingDate'), fields.join('\n'));
    assert.ok(fields.some((field) => field.endsWith('heading → corporateDirector → item 1 → name')), fields.join('\n'));
  });
});
