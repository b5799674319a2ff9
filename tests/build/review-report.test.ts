import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadSite } from '../../src/model/load/load-site.ts';
import { draftCoverReportPdfName, reviewPdfName } from '../../src/model/pdf-file-name.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { appRoot, dist } from '../helpers/paths.ts';
import { fold, pageTexts, pdfInfo } from '../helpers/pdf.ts';
import { previewServer } from '../helpers/preview-server.ts';

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');

function run(script: string, root: string) {
  return spawnSync(process.execPath, [join(appRoot, script)], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });
}

describe('the review report of the real content', () => {
  const site = loadSite(appRoot);
  const year = site.years.find((candidate) => candidate.id === '2024-25')!;
  const review = join(appRoot, 'review');
  const text = existsSync(join(review, 'index.html')) ? textOf(readFileSync(join(review, 'index.html'), 'utf8')) : '';

  it('is written beside dist/, not inside it, with a PDF for every year', () => {
    assert.ok(text.length > 1000, 'review/index.html');
    assert.equal(existsSync(join(dist, 'review')), false);
    for (const { id } of site.years) {
      const pdf = join(review, reviewPdfName(id));
      assert.ok(existsSync(pdf), pdf);
      assert.ok(Number(pdfInfo(pdf).Pages) >= 2);
    }
  });

  it('lists every 2024/25 known issue, one row each, with what disagrees', croydonOnly, () => {
    const html = readFileSync(join(review, 'index.html'), 'utf8');
    const table = /<table id="review-2024-25-known-issues-table"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    assert.equal((table.match(/<tr>/g) ?? []).length - 1, year.knownIssues!.length, 'one row per issue under the header row');
    for (const issue of year.knownIssues!) assert.ok(text.includes(`(${issue.id})`), issue.id);
    // Abbreviations are spelt out on the page, so the words are compared up to the first one.
    const first = year.knownIssues![0].description.replace(/\s+/g, ' ').slice(0, 40);
    assert.ok(text.includes(first), first);
  });

  it('lists the 2024/25 commitments without an impact statement', croydonOnly, () => {
    const lacking = year.commitments!.filter((commitment) => !commitment.impact);
    assert.ok(lacking.length > 0);
    for (const commitment of lacking) assert.ok(text.includes(`(${commitment.id})`), commitment.id);
  });

  it('names the incomplete 2024/25 cover report as a draft, with what it lacks, and its DRAFT PDF', croydonOnly, () => {
    const cover = year.coverReports!.find(({ id }) => id === 'children-scrutiny')!;
    assert.ok(text.includes(`DRAFT: ${cover.report.heading.title}`));
    assert.ok(text.includes('the date of the meeting'));
    const pdf = join(review, draftCoverReportPdfName(site.partnership.shortName, year.id, cover.id));
    pageTexts(pdf).forEach((page, index) => assert.match(page, /\bDRAFT\b/, `page ${index + 1}`));
  });

  it('has the same findings in the 2024/25 PDF as on the page', croydonOnly, () => {
    const pdf = pageTexts(join(review, reviewPdfName(year.id))).join(' ').replace(/\s+/g, ' ');
    assert.match(pdf, /not for publication/i);
    assert.ok(pdf.includes('children-in-need-value'));
    assert.ok(pdf.includes('Working Together 2023 coverage'));
  });
});

describe('a cover report missing a name, built and reviewed', () => {
  const project = fixtureCopy('minimal', {
    'data/2030-31/known-issues.yaml': [
      'issues:',
      '  - id: published-note',
      '    section: Headline figures',
      '    description: The team-only description of the first issue.',
      '    resolution: Kept as printed.',
      '    publicNote: The partnership’s own note on its figures.',
      '  - id: team-only',
      '    section: Headline figures',
      '    description: The team-only description of the second issue.',
      '    resolution: Kept as printed.',
      '',
    ].join('\n'),
  });
  const coverFile = join(project.root, 'data/2030-31/committee-reports/scrutiny.yaml');
  const draftPdf = join(project.root, 'review', draftCoverReportPdfName('RSCP', '2030-31', 'scrutiny'));
  let reviewed: ReturnType<typeof run>;
  let built: ReturnType<typeof run>;
  before(() => {
    const cover = readFileSync(coverFile, 'utf8').replace(/^  leadMember:\n    name: .*\n/m, '  leadMember:\n');
    writeFileSync(coverFile, cover);
    reviewed = run('src/build/review-report.ts', project.root);
  });
  after(() => project.remove());

  it('npm run review writes the review report without building dist/', () => {
    assert.equal(reviewed.status, 0, reviewed.stderr);
    assert.ok(existsSync(join(project.root, 'review', 'index.html')));
    assert.ok(existsSync(draftPdf));
    assert.equal(existsSync(join(project.root, 'dist')), false);
  });

  it('leaves the cover report and its agenda pack out of dist/ and keeps it, marked DRAFT, in review/', () => {
    built = run('src/build/build-site.ts', project.root);
    assert.equal(built.status, 0, built.stderr);
    const published = readdirSync(join(project.root, 'dist', '2030-31'));
    assert.deepEqual(published.filter((file) => /cover-report|agenda-pack/.test(file)), []);
    assert.doesNotMatch(readFileSync(join(project.root, 'dist', '2030-31', 'index.html'), 'utf8'), /cover-report/);
    const pages = pageTexts(draftPdf);
    assert.ok(pages.length >= 2);
    pages.forEach((page, index) => assert.match(page, /\bDRAFT\b/, `page ${index + 1}`));
    assert.ok(fold(pages.join(' ')).includes('Still to be confirmed: the name of the cabinet member'), 'the draft says what is still missing');
  });

  it('publishes only the note the partnership wrote, and lists both issues in the review report', () => {
    const page = textOf(readFileSync(join(project.root, 'dist', '2030-31', 'index.html'), 'utf8'));
    assert.ok(page.includes('The partnership’s own note on its figures.'));
    assert.ok(!page.includes('team-only description'));
    const review = textOf(readFileSync(join(project.root, 'review', 'index.html'), 'utf8'));
    assert.ok(review.includes('The team-only description of the first issue.'));
    assert.ok(review.includes('The team-only description of the second issue.'));
    assert.ok(review.includes('the name of the cabinet member'));
  });

  it('is shown at /review/ on the preview server', async () => {
    const preview = await previewServer(project.root);
    try {
      const response = await fetch(`${preview.origin}/review/`);
      assert.equal(response.status, 200);
      const text = textOf(await response.text());
      assert.ok(text.includes('DRAFT: Annual report 2030/31 of the partnership'), text.slice(0, 500));
      assert.ok(text.includes('the name of the cabinet member'));
    } finally {
      preview.stop();
    }
  });
});
