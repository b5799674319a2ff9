import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot } from '../helpers/paths.ts';

describe('a count the source does not give', () => {
  // The report gives its rapid reviews but says nothing of cases of concern or practice reviews.
  const project = fixtureCopy('minimal', {
    'data/2030-31/reviews.yaml': 'counts:\n  rapidReviews: 7\n  casesOfConcern:\n',
  });
  after(() => project.remove());

  it('can be left empty or out, and the page leaves its row out', () => {
    const built = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], { env: { ...process.env, CONTENT_ROOT: project.root }, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    const page = readFileSync(join(project.root, 'dist', '2030-31', 'index.html'), 'utf8');
    const table = /<table[^>]*>[\s\S]*?Reviews in[\s\S]*?<\/table>/.exec(page)?.[0] ?? '';
    assert.match(table, /Rapid reviews<\/th><td class="num">7<\/td>/);
    assert.doesNotMatch(table, /Cases of concern|practice reviews commissioned/);
  });
});
