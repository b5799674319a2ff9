import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

const governance = 'content/2030-31/governance.md';
const original = readFileSync(join(fixtures, 'minimal', governance), 'utf8');

function check(changes: Record<string, string>) {
  const copy = fixtureCopy('minimal', changes);
  try {
    return spawnSync(process.execPath, [join(appRoot, 'src/build/check-content.ts')], { env: { ...process.env, CONTENT_ROOT: copy.root }, encoding: 'utf8' });
  } finally {
    copy.remove();
  }
}

describe('npm run check', () => {
  it('lists every problem grouped by file and exits 1 when there is an error', () => {
    const result = check({
      [governance]: `${original}\nCall 07911 123456.\n`,
      'content/2030-31/executive-summary.md': '---\nkeyAchievements:\n  - Learning from the review of Tallulah Brightwater.\n---\nThe partnership analyzed its work.\n',
    });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /^There is a problem with the content: 3 errors[ .]/m);
    const groups = result.stderr.split('\n\n').filter((block) => /^(content|data)\//.test(block) && /^ {2}Error at/m.test(block));
    assert.deepEqual(groups.map((block) => block.split('\n')[0]), ['content/2030-31/executive-summary.md', governance]);
    assert.equal((groups[0].match(/^ {2}Error at line/gm) ?? []).length, 2, groups[0]);
    assert.match(groups[1], /Found: {4}07911 123456\n {4}How to fix: /);
  });

  it('exits 0 when there are only warnings, and still prints them', () => {
    const warnings = (output: string) => Number(/^The content has (\d+) warnings?\./m.exec(output)?.[1] ?? 0);
    const before = check({});
    const result = check({ [governance]: `${original}\nA line<br>break.\n` });
    assert.equal(before.status, 0, before.stderr);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(warnings(result.stderr), warnings(before.stderr) + 1, result.stderr);
    assert.match(result.stderr, new RegExp(`${governance}\\n {2}Warning at line ${original.split('\n').length + 1}`));
  });
});
