import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coverReportGaps, isCompleteCoverReport, publicationGaps, publicationRecordGaps } from '../../src/model/compute/publication-gaps.ts';
import { checkCoverReportDrafts } from '../../src/model/checks/cover-report-drafts.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import type { ReportYear } from '../../src/model/report-year.ts';
import type { CoverReport } from '../../src/model/schemas/cover-report.ts';
import { fixtures } from '../helpers/paths.ts';

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

describe('the publication record', () => {
  const withMeta = (meta: Partial<ReportYear['meta']>, period = fixture.meta.period): ReportYear => ({ ...fixture, meta: { ...fixture.meta, ...meta, period } });
  const older = { start: '2016-04-01', end: '2017-03-31' };

  it('asks a report written to Working Together 2023 for its publication date and the days it was sent to the Panel and Foundations', () => {
    assert.equal(fixture.meta.publicationDate, '2031-09-30');
    assert.deepEqual(publicationRecordGaps(fixture).map((gap) => gap.field), ['sentToPanel', 'sentToFoundations']);
    assert.deepEqual(publicationRecordGaps(withMeta({ publicationDate: undefined })).map((gap) => gap.field), ['publicationDate', 'sentToPanel', 'sentToFoundations']);
    assert.deepEqual(publicationRecordGaps(withMeta({ sentToPanel: '2031-10-01', sentToFoundations: '2031-10-02' })), []);
    assert.ok(publicationRecordGaps(fixture).every((gap) => gap.file === 'data/2030-31/report.yaml'));
  });

  it('asks an older report only for its publication date, and a draft for nothing', () => {
    assert.deepEqual(publicationRecordGaps(withMeta({}, older)), []);
    assert.deepEqual(publicationRecordGaps(withMeta({ publicationDate: undefined }, older)).map((gap) => gap.field), ['publicationDate']);
    assert.deepEqual(publicationRecordGaps(withMeta({ publicationDate: undefined, status: 'draft' })), []);
  });

  it('lists a cover report’s missing date and names after the publication record', () => {
    const incomplete = without((report) => {
      delete report.heading.meetingDate;
      delete report.heading.leadMember!.name;
    });
    const year = { ...fixture, coverReports: [{ id: 'scrutiny', report: incomplete }] };
    assert.deepEqual(
      publicationGaps(year).map((gap) => `${gap.file} ${gap.field}`),
      [
        'data/2030-31/report.yaml sentToPanel',
        'data/2030-31/report.yaml sentToFoundations',
        'data/2030-31/committee-reports/scrutiny.yaml heading → meetingDate',
        'data/2030-31/committee-reports/scrutiny.yaml heading → leadMember → name',
      ],
    );
  });
});
