import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { dist } from '../helpers/paths.ts';
import { htmlPages } from '../helpers/site-pages.ts';

describe('links', () => {
  it('every link and anchor inside the site resolves, the PDFs included', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: dist,
      recurse: true,
      checkFragments: true,
      // There is no network here, and other sites are not ours to test.
      linksToSkip: async (link) => !/^http:\/\/(localhost|127\.0\.0\.1)/.test(link),
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}): ${link.status}`);
    assert.deepEqual(broken, []);
    const checked = result.links.filter((link) => link.state === 'OK');
    assert.ok(checked.some((link) => link.url.endsWith('.pdf')), 'the PDF links were followed');
    assert.ok(checked.length >= 10, `${checked.length} links checked`);
  });

  for (const path of htmlPages(dist)) {
    it(`${path}: every link to a place on the page (the contents, skip link) has a target`, () => {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
      const fragments = [...html.matchAll(/\shref="#([^"]+)"/g)].map((match) => match[1]);
      assert.ok(fragments.length > 0);
      assert.deepEqual(fragments.filter((fragment) => !ids.has(fragment)), []);
    });
  }
});
