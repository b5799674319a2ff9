import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { splitFrontMatter } from '../../../src/model/load/front-matter.ts';
import { inspectSite } from '../../../src/model/inspect-site.ts';
import { fixtureCopy } from '../../helpers/fixture-copy.ts';

const conclusion = 'content/2030-31/conclusion.md';

describe('front matter', () => {
  it('splits YAML front matter from the text below it', () => {
    const split = splitFrontMatter('---\ntitle: Conclusion\n---\nThe text.\n');
    assert.deepEqual(split, { ok: true, matter: 'title: Conclusion', body: 'The text.\n', matterLine: 2 });
  });

  it('treats a file without a first line of dashes as all text', () => {
    assert.deepEqual(splitFrontMatter('The text.\n---\nMore.'), { ok: true, matter: '', body: 'The text.\n---\nMore.', matterLine: 1 });
  });

  it('refuses front matter marked as another language', () => {
    for (const first of ['---js', '---javascript', '--- coffee', '---json']) {
      const split = splitFrontMatter(`${first}\n{title: "x"}\n---\nText.`);
      assert.equal(split.ok, false, first);
    }
  });

  it('never runs JavaScript front matter: the check stops on it, naming the file, and nothing ran', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'front-matter-'));
    const marker = join(scratch, 'marker');
    const hostile = `---js\n{title: require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran") || "Conclusion"}\n---\nThe partnership will keep going.\n`;
    const copy = fixtureCopy('minimal', { [conclusion]: hostile });
    try {
      const { site, problems } = await inspectSite(copy.root);
      assert.equal(site, undefined);
      const error = problems.find((problem) => problem.file === conclusion && problem.severity === 'error');
      assert.ok(error, JSON.stringify(problems, null, 2));
      assert.equal(error.line, 1);
      assert.match(error.message, /marked as "js", not YAML/);
      assert.equal(existsSync(marker), false, 'the front matter was run');
    } finally {
      copy.remove();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
