import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BuildTimingsReport } from '../../src/build/build-timings.ts';
import { referencedAddresses } from '../../src/build/pdf-cache.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot } from '../helpers/paths.ts';
import { pageTexts } from '../helpers/pdf.ts';

/** Builds a project and returns what the build says it did with each PDF. */
function build(root: string): BuildTimingsReport {
  const timingsFile = join(root, 'timings.json');
  const result = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
    env: { ...process.env, CONTENT_ROOT: root, BUILD_TIMINGS_FILE: timingsFile },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(readFileSync(timingsFile, 'utf8')) as BuildTimingsReport;
}

const pdfOf = (report: BuildTimingsReport, ending: RegExp) => {
  const pdf = report.pdfs.find((candidate) => ending.test(candidate.href));
  assert.ok(pdf, `no PDF matching ${ending} in ${report.pdfs.map((candidate) => candidate.href).join(', ')}`);
  return pdf;
};

describe('PDFs reused between builds', () => {
  const project = fixtureCopy('minimal');
  const snapshot = mkdtempSync(join(tmpdir(), 'report-pdfs-'));
  let first: BuildTimingsReport;
  let second: BuildTimingsReport;
  let third: BuildTimingsReport;
  const changedBySecondBuild: string[] = [];
  const governance = join(project.root, 'content/2030-31/governance.md');
  // The review report's PDFs are written to review/ beside dist/, never inside it.
  const fileOf = (href: string) => join(project.root, href.startsWith('/review/') ? '' : 'dist', href);
  const newWord = 'fortnightly';

  before(() => {
    first = build(project.root);
    for (const pdf of first.pdfs) writeFileSync(join(snapshot, pdf.href.replaceAll('/', '_')), readFileSync(fileOf(pdf.href)));
    second = build(project.root);
    for (const pdf of first.pdfs) {
      if (!readFileSync(join(snapshot, pdf.href.replaceAll('/', '_'))).equals(readFileSync(fileOf(pdf.href)))) changedBySecondBuild.push(pdf.href);
    }
    writeFileSync(governance, readFileSync(governance, 'utf8').replace('meet quarterly', `meet ${newWord}`));
    third = build(project.root);
  });
  after(() => {
    project.remove();
    rmSync(snapshot, { recursive: true, force: true });
  });

  it('renders every PDF on the first build, and reuses every one, byte for byte, when nothing changed', () => {
    assert.ok(first.pdfs.length >= 3, `${first.pdfs.length} PDFs`);
    assert.deepEqual(first.pdfs.filter((pdf) => pdf.reused), []);
    assert.deepEqual(second.pdfs.filter((pdf) => !pdf.reused), []);
    assert.deepEqual(changedBySecondBuild, []);
  });

  it('renders again only the PDFs that contain a changed word, and the new word is in them', () => {
    const report = pdfOf(third, /\d{4}-\d{2}\.pdf$/);
    const pack = pdfOf(third, /agenda-pack-[a-z-]+\.pdf$/);
    const cover = pdfOf(third, /cover-report-[a-z-]+\.pdf$/);
    assert.equal(report.reused, false);
    assert.equal(pack.reused, false);
    assert.equal(cover.reused, true, 'the cover report does not contain the governance section');
    assert.ok(pageTexts(join(project.root, 'dist', report.href)).join(' ').includes(newWord));
    assert.ok(pageTexts(join(project.root, 'dist', pack.href)).join(' ').includes(newWord));
  });
});

describe('what a print page is made from', () => {
  it('finds the stylesheets, fonts and images a page or stylesheet refers to, and skips other sites and anchors', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><img src="../chart.svg" srcset="/x.png 1x, /y.png 2x"><a href="#top">top</a><a href="https://example.org/">x</a>';
    const css = '@font-face{src:url(./font.woff2) format("woff2"),url("font.woff")} @import "more.css";';
    assert.deepEqual(referencedAddresses(html), ['/_astro/a.css', '../chart.svg', '/x.png', '/y.png']);
    assert.deepEqual(referencedAddresses(css), ['./font.woff2', 'font.woff', 'more.css']);
  });
});
