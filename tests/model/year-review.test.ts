import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupFindings, yearReview } from '../../src/model/compute/year-review.ts';
import type { ContentProblem } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { appRoot } from '../helpers/paths.ts';

const { site, problems } = await inspectSite(appRoot);
const year = site!.years.find((candidate) => candidate.id === '2024-25')!;
const review = year && yearReview(year, problems, { recorded: '2026-12-01', difference: { changed: ['data/2024-25/training.yaml'], added: [], removed: [] } });

// Croydon's 2024/25 year, with its known issues and its incomplete cover report, is the year reviewed.
describe('the review of a year', croydonOnly, () => {
  it('keeps only the findings about the year’s own files, grouped by file in line order', () => {
    const files = review.findings.map((group) => group.file);
    assert.ok(files.length > 0);
    assert.ok(files.every((file) => file.startsWith('data/2024-25/') || file.startsWith('content/2024-25/')), files.join(', '));
    assert.deepEqual(files, [...files].sort());
    const count = problems.filter((problem) => problem.file.startsWith('data/2024-25/') || problem.file.startsWith('content/2024-25/')).length;
    assert.equal(review.findings.reduce((sum, group) => sum + group.problems.length, 0), count);
  });

  it('lists every known issue, with what it explains and the figures it puts in doubt', () => {
    assert.deepEqual(review.knownIssues.map((issue) => issue.id), year.knownIssues!.map((issue) => issue.id));
    const youthJustice = review.knownIssues.find((issue) => issue.id === 'youth-justice-first-time-entrants-rate')!;
    assert.deepEqual(youthJustice.explains, ['headline-figures.yaml → youth-justice-first-time-entrants → rate-units']);
    assert.deepEqual(youthJustice.figuresInDoubt, ['youth-justice-first-time-entrants']);
  });

  it('lists each commitment and priority without impact or evidence, saying which is missing', () => {
    const lacking = year.commitments!.filter((commitment) => !commitment.impact || !commitment.evidence);
    const commitments = review.withoutImpact.filter((item) => item.file.endsWith('commitments.yaml'));
    assert.deepEqual(commitments.map((item) => item.id), lacking.map((item) => item.id));
    const withImpact = commitments.find((item) => item.id === 'publish-new-cscp-arrangements')!;
    assert.deepEqual(withImpact.missing, ['evidence']);
    assert.ok(review.withoutImpact.some((item) => item.file.endsWith('priorities.yaml')));
  });

  it('has the incomplete 2024/25 cover report as a draft, with what it lacks', () => {
    assert.deepEqual(review.draftCoverReports.map((draft) => draft.id), ['children-scrutiny']);
    assert.ok(review.draftCoverReports[0].gaps.some((gap) => gap.field === 'heading → meetingDate'));
  });

  it('measures every block of the child version, and puts each beside the part of the report it simplifies', () => {
    assert.ok(review.childBlocks.length > 3);
    for (const block of review.childBlocks) assert.ok(Number.isFinite(block.grade), block.field);
    const featured = review.childBlocks.filter((block) => block.field.startsWith('featuredFigures'));
    const labels = new Map((year.headlineFigures ?? []).map((figure) => [figure.id, figure.label]));
    assert.deepEqual(featured.map((block) => block.simplifies), year.children!.featuredFigures.map((item) => `The figure “${labels.get(item.figure)}”`));
    assert.ok(review.childBlocks.every((block) => !block.simplifies.includes('neither a section nor a figure')));
    assert.equal(review.childBlocks.filter((block) => block.verbatim).length, 1, 'the Young Scrutineer’s words are quoted, not simplified');
  });

  it('says what changed since the fingerprint and lists the corrections', () => {
    assert.deepEqual(review.fingerprint.changed, ['data/2024-25/training.yaml (changed)']);
    assert.deepEqual(review.corrections, year.meta.corrections);
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
