import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkedSite } from '../helpers/checked-site.ts';
import { draftCoverReportPdfName, reviewPdfName } from '../../src/model/pdf-file-name.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, dist } from '../helpers/paths.ts';
import { fold, pageTexts, pdfInfo } from '../helpers/pdf.ts';
import { previewServer } from '../helpers/preview-server.ts';

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');

function run(script: string, root: string) {
  return spawnSync(process.execPath, [join(appRoot, script)], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });
}

describe('the review report of the real content', async () => {
  const site = await checkedSite(appRoot);
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
});

describe('a year with known issues, a commitment without its impact and a cover report missing a name, reviewed and built', () => {
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
    'data/2030-31/commitments.yaml': [
      'commitments:',
      '  - id: neglect-toolkit',
      '    said: Bring in one neglect toolkit for every agency',
      '    delivered: The toolkit was launched in June 2030.',
      '    status: delivered',
      '',
    ].join('\n'),
  });
  const reviewText = () => textOf(readFileSync(join(project.root, 'review', 'index.html'), 'utf8'));
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

  it('lists every known issue, one row each, with what disagrees', () => {
    const html = readFileSync(join(project.root, 'review', 'index.html'), 'utf8');
    const table = /<table id="review-2030-31-known-issues-table"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    assert.equal((table.match(/<tr>/g) ?? []).length - 1, 2, 'one row per issue under the header row');
    for (const id of ['published-note', 'team-only']) assert.ok(reviewText().includes(`(${id})`), id);
    assert.ok(reviewText().includes('The team-only description of the first issue.'));
  });

  it('lists the commitments without an impact statement', () => {
    assert.ok(reviewText().includes('(neglect-toolkit)'));
  });

  it('names the incomplete cover report as a draft, with what it lacks', () => {
    const text = reviewText();
    assert.ok(text.includes('DRAFT: Annual report 2030/31 of the partnership'));
    assert.ok(text.includes('the name of the cabinet member'));
  });

  it('has the same findings in the year’s PDF as on the page', () => {
    const pdf = pageTexts(join(project.root, 'review', reviewPdfName('2030-31'))).join(' ').replace(/\s+/g, ' ');
    assert.match(pdf, /not for publication/i);
    for (const words of ['(team-only)', '(neglect-toolkit)', 'the name of the cabinet member', 'Working Together 2023 coverage']) assert.ok(pdf.includes(words), words);
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
    const review = reviewText();
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
