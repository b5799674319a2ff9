import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { changeOneWord } from '../../src/bench/one-word-change.ts';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { appRoot } from '../helpers/paths.ts';

describe('the benchmark’s one-word change', () => {
  it('edits the newest real year the way an editor must, so the rebuild it measures passes every check', async () => {
    const latest = (await checkedSite(appRoot)).years.at(-1)!;
    const copy = mkdtempSync(join(tmpdir(), 'report-one-word-'));
    try {
      for (const part of ['content', 'data']) cpSync(join(appRoot, part), join(copy, part), { recursive: true });
      const published = latest.meta.status === 'published';
      const change = changeOneWord(copy, latest.id, published);

      const [file] = change.split(':');
      assert.notEqual(readFileSync(join(copy, file), 'utf8'), readFileSync(join(appRoot, file), 'utf8'), 'one word changed');
      const { site, problems } = await inspectSite(copy);
      const errors = problems.filter((problem) => problem.severity === 'error');
      assert.deepEqual(errors, [], formatProblems(errors));
      const corrections = site?.years.find((year) => year.id === latest.id)?.meta.corrections ?? [];
      const before = latest.meta.corrections ?? [];
      assert.equal(corrections.length, before.length + (published ? 1 : 0));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
