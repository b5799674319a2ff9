import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkedSiteVariable, inspectContent, writeCheckedSite } from '../../src/build/content-inspection.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';

describe('the content loader’s inspection', () => {
  it('is shared by the collections while nothing changes, and made again when a file changes', async () => {
    const copy = fixtureCopy('minimal');
    try {
      const first = inspectContent(copy.root);
      assert.equal(inspectContent(copy.root), first, 'asked twice with nothing changed, the content is checked once');
      assert.ok((await first).site);

      const figures = join(copy.root, 'data/2030-31/headline-figures.yaml');
      writeFileSync(figures, readFileSync(figures, 'utf8').replace('The CIN caseload rose.', 'The CIN caseload clmbed.'));
      const second = inspectContent(copy.root);
      assert.notEqual(second, first);
      const { site, problems } = await second;
      assert.equal(site, undefined, 'a misspelling found after the edit keeps the content off the pages');
      assert.deepEqual(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.found), ['clmbed']);
    } finally {
      copy.remove();
    }
  });

  it('takes the site the build handed over while the files are those it checked, and checks again once one changes', async () => {
    const copy = fixtureCopy('minimal');
    const handed = join(copy.root, 'checked-site.json');
    process.env[checkedSiteVariable] = handed;
    try {
      const checked = (await inspectContent(copy.root)).site!;
      // A file touched, so the answer above is not simply reused; then a site no check would give, so the test knows which answer it got.
      const figures = join(copy.root, 'data/2030-31/headline-figures.yaml');
      writeFileSync(figures, `${readFileSync(figures, 'utf8')}\n`);
      writeCheckedSite(handed, copy.root, { ...checked, years: [] });
      assert.deepEqual((await inspectContent(copy.root)).site!.years, [], 'the handed-over site is used as it is');

      writeFileSync(figures, readFileSync(figures, 'utf8').replace('The CIN caseload rose.', 'The CIN caseload clmbed.'));
      const { site, problems } = await inspectContent(copy.root);
      assert.equal(site, undefined, 'after an edit the files are checked again, and the misspelling found');
      assert.ok(problems.some((problem) => problem.found === 'clmbed'));
    } finally {
      delete process.env[checkedSiteVariable];
      copy.remove();
    }
  });
});

