import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { measurePageWeight, type PageWeight } from '../../src/bench/page-weight.ts';
import { loadSite } from '../../src/model/load/load-site.ts';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { appRoot, dist } from '../helpers/paths.ts';

/** The report page's budget from the foundation issue: HTML, CSS and fonts under 150 KB compressed. */
const budgetBytes = 150 * 1024;
/** A report page may weigh at most twice its own visible text, both compressed the same way. */
const textRatioBudget = 2;
// Brotli shrinks the text harder than gzip does but cannot shrink the fonts (WOFF2 is already compressed), so the
// same page is always a little heavier against its text under brotli; the budget of record is gzip's.
const brotliRatioBudget = 2.1;

const shared = useBrowserAndServer(dist, { before, after });
const latest = loadSite(appRoot)
  .years.filter((year) => year.meta.status === 'published')
  .at(-1)?.id;

const describeFiles = (weight: PageWeight) =>
  weight.files.map((file) => `${file.path}: ${file.raw} B raw, ${file.gzip} B gzip, ${file.brotli} B brotli`).join('\n');

describe('page weight', () => {
  for (const path of [`/${latest}/`, `/${latest}/children/`, '/']) {
    it(`${path} has no JavaScript and stays under 150 KB of HTML, CSS and fonts, compressed`, async () => {
      const weight = await measurePageWeight(shared.browser, shared.server.origin, dist, path);
      assert.equal(weight.scripts, 0, describeFiles(weight));
      assert.ok(weight.total.gzip < budgetBytes, `${weight.total.gzip} bytes gzipped:\n${describeFiles(weight)}`);
      assert.ok(weight.files.some((file) => file.kind === 'fonts'), 'the self-hosted font is loaded');
    });
  }

  it(`/${latest}/ weighs at most ${textRatioBudget} times its own visible text, with gzip and with brotli`, async () => {
    const weight = await measurePageWeight(shared.browser, shared.server.origin, dist, `/${latest}/`);
    const detail = `text ${weight.text.gzip} B gzip, ${weight.text.brotli} B brotli\n${describeFiles(weight)}`;
    assert.ok(weight.text.raw > 10_000, `the report page has ${weight.text.raw} characters of text`);
    assert.ok(weight.ratio.gzip <= textRatioBudget, `gzip: ${weight.total.gzip} B is ${weight.ratio.gzip} times the text\n${detail}`);
    assert.ok(weight.ratio.brotli <= brotliRatioBudget, `brotli: ${weight.total.brotli} B is ${weight.ratio.brotli} times the text\n${detail}`);
  });
});
