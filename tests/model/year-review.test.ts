import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { groupFindings, yearReview } from '../../src/model/compute/year-review.ts';
import type { ContentProblem } from '../../src/model/load/content-problem.ts';
import { exampleRoot, exampleYear } from '../../src/model/example-files.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import type { ReportYear } from '../../src/model/report-year.ts';
import { appRoot } from '../helpers/paths.ts';

const { site, problems } = await inspectSite(join(appRoot, exampleRoot));
const example = site!.years.find((candidate) => candidate.id === exampleYear)!;
const own = (file: string) => file.startsWith(`data/${exampleYear}/`) || file.startsWith(`content/${exampleYear}/`);
// A finding about a file every year shares, which the review of one year leaves out.
const shared: ContentProblem = { file: 'data/glossary.yaml', line: 3, message: 'A shared file’s finding.', severity: 'warning' };
const changed = `data/${exampleYear}/training.yaml`;
const reviewOf = (year: ReportYear) => yearReview(year, [...problems, shared], { recorded: '2031-09-30', difference: { changed: [changed], added: [], removed: [] } });
const review = reviewOf(example);

/** A copy of the example year with something changed, so the files are never touched. */
function changedYear(change: (copy: ReportYear) => void): ReportYear {
  const copy = structuredClone(example);
  change(copy);
  return copy;
}

// The worked example's year, with its known issues, its quote and its correction, is the year reviewed.
describe('the review of a year', () => {
  it('keeps only the findings about the year’s own files, grouped by file in line order', () => {
    const files = review.findings.map((group) => group.file);
    assert.ok(files.includes(`data/${exampleYear}/partner-impact.yaml`), files.join(', '));
    assert.ok(files.every(own), files.join(', '));
    assert.deepEqual(files, [...files].sort());
    const count = problems.filter((problem) => own(problem.file)).length;
    assert.equal(review.findings.reduce((sum, group) => sum + group.problems.length, 0), count);
    assert.equal(review.findingCount, count);
  });

  it('lists every known issue, with what it explains and the figures it puts in doubt', () => {
    assert.deepEqual(review.knownIssues.map((issue) => issue.id), example.knownIssues!.map((issue) => issue.id));
    const harp = review.knownIssues.find((issue) => issue.id === 'harp-not-explained')!;
    assert.deepEqual([harp.explains, harp.figuresInDoubt], [['partner-impact.yaml → HARP → acronyms'], []]);
    const youthJustice = review.knownIssues.find((issue) => issue.id === 'youth-justice-rate-months')!;
    assert.deepEqual([youthJustice.explains, youthJustice.figuresInDoubt], [[], ['youth-justice-first-time-entrants']]);
    assert.match(youthJustice.publicNote!, /^The youth justice rate is an average/);
  });

  it('lists each commitment and priority without impact or evidence, saying which is missing', () => {
    assert.deepEqual(review.withoutImpact, [], 'every commitment and priority of the example has both');
    const lacking = changedYear((copy) => {
      delete copy.commitments![0].evidence;
      delete copy.priorities!.priorities[1].impact;
    });
    assert.deepEqual(
      reviewOf(lacking).withoutImpact.map(({ file, id, missing }) => [file, id, missing]),
      [
        [`data/${exampleYear}/commitments.yaml`, example.commitments![0].id, ['evidence']],
        [`data/${exampleYear}/priorities.yaml`, example.priorities!.priorities[1].id, ['impact']],
      ],
    );
  });

  it('has a cover report that lacks its meeting date as a draft, with what it lacks', () => {
    assert.deepEqual(review.draftCoverReports, [], 'the example’s cover reports are complete');
    const undated = changedYear((copy) => delete copy.coverReports!.find(({ id }) => id === 'childrens-scrutiny')!.report.heading.meetingDate);
    const drafts = reviewOf(undated).draftCoverReports;
    assert.deepEqual(drafts.map((draft) => draft.id), ['childrens-scrutiny']);
    assert.deepEqual(drafts[0].gaps.map((gap) => [gap.file, gap.field]), [[`data/${exampleYear}/committee-reports/childrens-scrutiny.yaml`, 'heading → meetingDate']]);
  });

  it('measures every block of the child version, and puts each beside the part of the report it simplifies', () => {
    assert.ok(review.childBlocks.length > 3);
    for (const block of review.childBlocks) assert.ok(Number.isFinite(block.grade), block.field);
    const featured = review.childBlocks.filter((block) => block.field.startsWith('featuredFigures'));
    const labels = new Map((example.headlineFigures ?? []).map((figure) => [figure.id, figure.label]));
    assert.ok(featured.length > 0);
    assert.deepEqual(featured.map((block) => block.simplifies), example.children!.featuredFigures.map((item) => `The figure “${labels.get(item.figure)}”`));
    assert.ok(review.childBlocks.every((block) => !block.simplifies.includes('neither a section nor a figure')));
    assert.equal(review.childBlocks.filter((block) => block.verbatim).length, 1, 'the Young Scrutineer’s words are quoted, not simplified');
  });

  it('says what changed since the fingerprint and lists the corrections', () => {
    assert.deepEqual(review.fingerprint, { recorded: '2031-09-30', changed: [`${changed} (changed)`] });
    assert.ok(example.meta.corrections!.length > 0);
    assert.deepEqual(review.corrections, example.meta.corrections);
  });
});

describe('grouping findings', () => {
  it('puts files in name order and each file’s findings by line, whole-file findings first', () => {
    const finding = (file: string, line?: number): ContentProblem => ({ file, line, message: 'x', severity: 'warning' });
    const groups = groupFindings([finding('b.yaml', 9), finding('a.yaml', 3), finding('b.yaml'), finding('b.yaml', 2)]);
    assert.deepEqual(groups.map((group) => [group.file, group.problems.map((problem) => problem.line)]), [
      ['a.yaml', [3]],
      ['b.yaml', [undefined, 2, 9]],
    ]);
  });
});
