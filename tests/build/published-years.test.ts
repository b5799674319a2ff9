import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot } from '../helpers/paths.ts';
import { pageTexts, squash } from '../helpers/pdf.ts';

const year = '2030-31';
const reportFile = `data/${year}/report.yaml`;
const conclusionFile = `content/${year}/conclusion.md`;

function run(script: string, root: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(appRoot, 'src/build', script), ...args], {
    env: { ...process.env, CONTENT_ROOT: root },
    encoding: 'utf8',
  });
}

describe('a published year is frozen', () => {
  const project = fixtureCopy('minimal');
  const path = (file: string) => join(project.root, file);
  const edit = (file: string, change: (text: string) => string) => writeFileSync(path(file), change(readFileSync(path(file), 'utf8')));
  after(() => project.remove());

  before(() => {
    // Start as a draft, the way a new year begins.
    edit(reportFile, (text) => text.replace('status: published', 'status: draft').replace(/publicationDate: .*\n/, ''));
  });

  it('publishes a draft: sets the status and date, keeps the comments, and records a fingerprint', () => {
    writeFileSync(path(reportFile), `# Kept comment\n${readFileSync(path(reportFile), 'utf8')}`);
    const result = run('publish-year.ts', project.root, year, '--date', '2031-09-30');
    assert.equal(result.status, 0, result.stderr);
    const report = readFileSync(path(reportFile), 'utf8');
    assert.match(report, /# Kept comment/);
    assert.equal(parse(report).status, 'published');
    assert.equal(parse(report).publicationDate, '2031-09-30');
    const fingerprint = parse(readFileSync(path(`data/${year}/fingerprint.yaml`), 'utf8'));
    assert.equal(fingerprint.corrections, 0);
    assert.ok(fingerprint.files[conclusionFile].startsWith('sha256:'));
    assert.equal(fingerprint.files[`data/${year}/committee-reports/scrutiny.yaml`], undefined, 'committee papers are not part of the report');
    assert.equal(run('check-content.ts', project.root).status, 0);
  });

  it('lets the publication record be completed after publication without a correction', () => {
    edit(reportFile, (text) => `${text.trimEnd()}\nsentToPanel: 2031-10-02\nsentToFoundations: 2031-10-03\n`);
    const result = run('check-content.ts', project.root);
    assert.equal(result.status, 0, result.stderr);
  });

  it('refuses a change to the text with no correction, naming the file', () => {
    edit(conclusionFile, (text) => text.replace('worked well', 'worked very well'));
    const result = run('check-content.ts', project.root);
    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`data/${year}/fingerprint\\.yaml`));
    assert.match(result.stderr, new RegExp(`Found: +${conclusionFile} \\(changed\\)`));
    assert.match(result.stderr, /add an entry under "corrections:"/);
    const refused = run('publish-year.ts', project.root, year);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /no new correction/);
  });

  it('accepts the change once it has a correction and the corrected version is recorded', () => {
    edit(reportFile, (text) =>
      `${text.trimEnd()}\ncorrections:\n  - date: 2031-11-01\n    change: The conclusion now says the arrangements worked very well.\n    reason: The published wording understated the Executive's finding.\n`,
    );
    const unrecorded = run('check-content.ts', project.root);
    assert.equal(unrecorded.status, 1);
    assert.match(unrecorded.stderr, /has not been recorded yet/);
    const recorded = run('publish-year.ts', project.root, year);
    assert.equal(recorded.status, 0, recorded.stderr);
    assert.equal(run('check-content.ts', project.root).status, 0);
  });

  it('shows the correction on the report page and in the PDF', () => {
    const built = run('build-site.ts', project.root);
    assert.equal(built.status, 0, built.stderr);
    const html = readFileSync(path(`dist/${year}/index.html`), 'utf8');
    assert.match(html, /<h2 id="corrections">Corrections<\/h2>/);
    assert.match(html, /The published wording understated/);
    assert.match(html, /Last corrected/);
    const pdf = path(`dist/${year}/rscp-annual-report-${year}.pdf`);
    assert.ok(existsSync(pdf));
    const text = squash(pageTexts(pdf).join(' '));
    for (const words of ['Corrected 1 November 2031', 'The published wording understated', 'Sent to Foundations on 3 October 2031', 'accessibility/#other-formats']) {
      assert.ok(text.includes(squash(words)), `the PDF does not say "${words}"`);
    }
  });

  it('refuses to remove a correction or to go back to draft', () => {
    const original = readFileSync(path(reportFile), 'utf8');
    edit(reportFile, (text) => text.slice(0, text.indexOf('corrections:')));
    assert.match(run('check-content.ts', project.root).stderr, /A correction has been removed/);
    writeFileSync(path(reportFile), original.replace('status: published', 'status: draft'));
    assert.match(run('check-content.ts', project.root).stderr, /cannot go back to being a draft/);
    writeFileSync(path(reportFile), original);
  });
});
