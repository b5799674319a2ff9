import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stringify } from 'yaml';
import { checkedSite } from '../helpers/checked-site.ts';
import { annualReportPdfName } from '../../src/model/pdf-file-name.ts';
import { commitmentsTablePages } from '../helpers/commitments-table-pages.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot } from '../helpers/paths.ts';
import { pageTexts } from '../helpers/pdf.ts';

/**
 * Commitments enough to fill several printed pages, each starting with its
 * own words (the rows are found in the PDF by their first words).
 */
const topics = [
  'Neglect', 'Exploitation', 'Online safety', 'Early help', 'Missing children', 'Domestic abuse', 'Young carers', 'Mental health',
  'School attendance', 'Private fostering', 'Transitions to adulthood', 'Safer sleep', 'Disabled children', 'Youth violence',
  'Children in care', 'Care leavers', 'Parental conflict', 'Child protection plans', 'Allegations against staff', 'Homeless families',
  'Substance misuse', 'Harmful sexual behaviour', 'Bullying', 'Speech and language',
];
const commitments = topics.map((topic, index) => ({
  id: `commitment-${index + 1}`,
  said: `${topic}: agree one way of working across every partner and check that it is used`,
  delivered: `${topic} guidance was written with the partners, tried in practice, reviewed with the families who used it and then shared with every team in the area.`,
  status: index % 3 === 0 ? 'in progress' : 'delivered',
}));

describe('a commitments table long enough to cross pages, printed', () => {
  const project = fixtureCopy('minimal', { 'data/2030-31/commitments.yaml': stringify({ commitments }) });
  after(() => project.remove());
  let built: { status: number | null; stderr: string };
  before(() => {
    built = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
      env: { ...process.env, CONTENT_ROOT: project.root, PDF_CACHE_DIR: join(project.root, '.cache', 'pdfs') },
      encoding: 'utf8',
    });
  });

  it('repeats the header row on every page the table reaches, and never splits a row', async () => {
    assert.equal(built.status, 0, built.stderr);
    const site = await checkedSite(project.root);
    const pages = pageTexts(join(project.root, 'dist', '2030-31', annualReportPdfName(site.partnership.shortName, '2030-31')));
    const { pagesWithRows, missing, split, withoutHeader } = commitmentsTablePages(pages, site.years[0].commitments ?? []);
    assert.ok(pagesWithRows.size > 1, `the table is on ${pagesWithRows.size} page, so it does not cross pages`);
    assert.deepEqual({ missing, split, withoutHeader }, { missing: [], split: [], withoutHeader: [] });
  });
});
