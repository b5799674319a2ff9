import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { githubAnnotations } from '../../src/build/github-annotations.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

const governance = 'content/2030-31/governance.md';

describe('problems as GitHub annotations', () => {
  it('puts a content error on its file and line in a pull request, with the fix', () => {
    const original = readFileSync(join(fixtures, 'minimal', governance), 'utf8');
    const copy = fixtureCopy('minimal', { [governance]: `${original}\nCall 07911 123456.\n` });
    try {
      const result = spawnSync(process.execPath, [join(appRoot, 'src/build/check-content.ts')], {
        env: { ...process.env, CONTENT_ROOT: copy.root, GITHUB_ACTIONS: 'true' },
        encoding: 'utf8',
      });
      assert.equal(result.status, 1, result.stderr);
      const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error '));
      assert.equal(errors.length, 1, result.stdout);
      const line = original.split('\n').length + 1;
      assert.match(errors[0], new RegExp(`^::error file=${governance.replaceAll('.', '\\.')},line=${line},`));
      assert.match(errors[0], /::.*07911 123456.*%0AHow to fix: /);
    } finally {
      copy.remove();
    }
  });

  it('prints no annotations outside GitHub Actions', () => {
    const result = spawnSync(process.execPath, [join(appRoot, 'src/build/check-content.ts')], {
      env: { ...process.env, CONTENT_ROOT: join(fixtures, 'minimal'), GITHUB_ACTIONS: '' },
      encoding: 'utf8',
    });
    assert.doesNotMatch(result.stdout, /^::/m);
  });

  it('keeps a message with new lines, colons, commas and percent signs in one annotation', () => {
    const [annotation] = githubAnnotations([
      { file: 'data/2030-31/a,b.yaml', line: 3, field: 'shares → total: all', message: 'Adds up to 111%,\nnot 100%.', severity: 'warning' },
    ]);
    assert.equal(annotation.split('\n').length, 1);
    assert.equal(annotation, '::warning file=data/2030-31/a%2Cb.yaml,line=3,title=shares → total%3A all::Adds up to 111%25,%0Anot 100%25.');
  });
});
