import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fingerprint } from '../helpers/fingerprint.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot } from '../helpers/paths.ts';

function build(root: string) {
  return spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
    env: { ...process.env, CONTENT_ROOT: root },
    encoding: 'utf8',
  });
}

describe('the build', () => {
  const project = fixtureCopy('minimal');
  let good: Record<string, string>;

  before(() => {
    const result = build(project.root);
    assert.equal(result.status, 0, result.stderr);
    good = fingerprint(join(project.root, 'dist'));
  });
  after(() => project.remove());

  it('writes the home page and each year’s report into dist/', () => {
    assert.ok(good['index.html']);
    assert.ok(good['2030-31/index.html']);
  });

  it('stops on a content mistake, names the file and line, and leaves the last good dist/ untouched', () => {
    const figures = join(project.root, 'data/2030-31/headline-figures.yaml');
    const original = readFileSync(figures, 'utf8');
    const broken = fixtureCopy('minimal', { 'data/2030-31/headline-figures.yaml': original.replace('value: 4200', 'value: lots') });
    try {
      // Build the broken copy over the good copy's dist/ by pointing it at the same output.
      const result = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
        env: { ...process.env, CONTENT_ROOT: broken.root, BUILD_OUT_DIR: join(project.root, 'dist') },
        encoding: 'utf8',
      });
      assert.equal(result.status, 1);
      assert.match(result.stderr, /data\/2030-31\/headline-figures\.yaml\n {2}Error at line 4/);
      assert.match(result.stderr, /Found: {4}"lots"/);
      assert.match(result.stderr, /left as it was/);
      assert.deepEqual(fingerprint(join(project.root, 'dist')), good);
      assert.equal(readdirSync(project.root).filter((name) => name.includes('staging')).length, 0, 'no half-built folder is left behind');
    } finally {
      broken.remove();
    }
  });

  it('writes nothing at all when the first build fails', () => {
    const broken = fixtureCopy('minimal', { 'data/partnership.yaml': 'name: [unclosed\n' });
    try {
      const result = build(broken.root);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /data\/partnership\.yaml/);
      assert.equal(existsSync(join(broken.root, 'dist')), false);
    } finally {
      broken.remove();
    }
  });
});
