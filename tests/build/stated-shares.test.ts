import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot } from '../helpers/paths.ts';

describe('a year whose report gives shares of the income but no amounts', () => {
  // As a council cover report may: "the local authority provided 76.6% of the partnership's income".
  const project = fixtureCopy('minimal', {
    'data/2030-31/income-and-expenditure.yaml': 'statedShares:\n  - id: council\n    label: The local authority\n    partnerId: redbrook-council\n    percent: 76.6\n',
  });
  after(() => project.remove());

  it('is written as stated shares, and the page shows them with no amounts, totals or balance', () => {
    const built = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
      env: { ...process.env, CONTENT_ROOT: project.root, PDF_CACHE_DIR: join(project.root, '.cache', 'pdfs') },
      encoding: 'utf8',
    });
    assert.equal(built.status, 0, built.stderr);
    const page = readFileSync(join(project.root, 'dist', '2030-31', 'index.html'), 'utf8');
    assert.match(page, /<th scope="row">The local authority<\/th><td class="num">76\.6%<\/td>/);
    assert.doesNotMatch(page, /id="table-income"|id="table-expenditure"|exceeded/);
    assert.match(readFileSync(join(project.root, 'dist', '2030-31', 'data', 'income-shares.csv'), 'utf8'), /The local authority,76\.6/);
  });
});
