import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeFindings, stopsPublishing, stopsTheBuild } from '../../src/model/judge-findings.ts';
import type { ContentProblem } from '../../src/model/load/content-problem.ts';
import type { KnownIssue } from '../../src/model/schemas/known-issue.ts';
import { sourcesOf } from './checks/small-model.ts';

const year = '2030-31';
const finding = (check: string, item?: string, file = `data/${year}/partner-impact.yaml`): ContentProblem => ({ file, message: 'Found.', severity: 'error', check, item });
const issue = (explains: KnownIssue['explains']): KnownIssue => ({ id: 'phn', section: 'Partner impact', description: 'PHN is not explained.', resolution: 'Kept as printed.', explains });
const judged = (problem: ContentProblem, explains: KnownIssue['explains']) =>
  judgeFindings([problem], new Map([[year, [issue(explains)]]]), new Set([year]), sourcesOf({}))[0].severity;

describe('judging the findings', () => {
  it('makes a finding a known issue explains a warning, and leaves one it does not an error', () => {
    assert.equal(judged(finding('totals', 'income'), [{ file: 'partner-impact.yaml', item: 'income' }]), 'warning');
    assert.equal(judged(finding('totals', 'income'), [{ file: 'partner-impact.yaml', item: 'expenditure' }]), 'error');
    assert.equal(judged(finding('totals', 'income'), [{ file: 'governance.md' }]), 'error');
  });

  it('never lets a known issue explain personal data, spelling or a link, even naming the item', () => {
    for (const check of ['personal-data', 'spelling', 'links']) {
      assert.equal(judged(finding(check, 'x'), [{ file: 'partner-impact.yaml', item: 'x' }]), 'error', check);
    }
  });

  it('lets a known issue explain an abbreviation only when it names the abbreviation and the check', () => {
    assert.equal(judged(finding('acronyms', 'PHN'), [{ file: 'partner-impact.yaml', item: 'PHN', check: 'acronyms' }]), 'warning');
    assert.equal(judged(finding('acronyms', 'PHN'), [{ file: 'partner-impact.yaml', item: 'PHN' }]), 'error');
    assert.equal(judged(finding('acronyms', 'PHN'), [{ file: 'partner-impact.yaml', check: 'acronyms' }]), 'error');
    assert.equal(judged(finding('acronyms', 'PHN'), [{ file: 'partner-impact.yaml' }]), 'error');
  });

  it('calls an entry that explains nothing any more stale, with a warning on its line', () => {
    const [stale] = judgeFindings([], new Map([[year, [issue([{ file: 'partner-impact.yaml', item: 'PHN', check: 'acronyms' }])]]]), new Set([year]), sourcesOf({}));
    assert.deepEqual({ file: stale.file, severity: stale.severity, check: stale.check }, { file: `data/${year}/known-issues.yaml`, severity: 'warning', check: 'known-issues' });
  });

  it('stops the build on an error and never on a warning', () => {
    assert.equal(stopsTheBuild(finding('totals')), true);
    assert.equal(stopsTheBuild({ ...finding('totals'), severity: 'warning' }), false);
  });

  it('keeps a year from being published while it leaves a priority of the year before unanswered, and only that year', () => {
    const unanswered: ContentProblem = { ...finding('carried-priorities', 'mash', `data/${year}/commitments.yaml`), severity: 'warning' };
    assert.equal(stopsPublishing(unanswered, year), true);
    assert.equal(stopsPublishing(unanswered, '2031-32'), false);
    assert.equal(stopsPublishing({ ...unanswered, check: 'publication-record' }, year), false);
  });
});
