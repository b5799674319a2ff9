import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

const report = 'data/2030-31/report.yaml';

describe('npm run publish-year', () => {
  it('will not publish a year that leaves a priority the year before made for it unanswered', () => {
    const draft = readFileSync(join(fixtures, 'minimal', report), 'utf8').replace('status: published', 'status: draft').replace(/publicationDate: .*\n/, '');
    const copy = fixtureCopy('minimal', {
      [report]: draft,
      'data/2029-30/report.yaml': 'title: Annual report 2029/30\nperiod:\n  start: 2029-04-01\n  end: 2030-03-31\nstatus: draft\nsummary: The year before.\n',
      'data/2029-30/priorities.yaml': 'forYear: 2030-31\npriorities:\n  - id: online-safety\n    title: Keeping children safe online\n',
    });
    try {
      const result = spawnSync(process.execPath, [join(appRoot, 'src/build/publish-year.ts'), '2030-31', '--date', '2031-09-30'], {
        env: { ...process.env, CONTENT_ROOT: copy.root },
        encoding: 'utf8',
      });
      assert.equal(result.status, 1, result.stdout);
      assert.match(result.stderr, /promised "Keeping children safe online" for 2030-31/);
      assert.match(result.stderr, /2030-31 was not published: say what became of each priority/);
      assert.equal(readFileSync(join(copy.root, report), 'utf8'), draft, 'report.yaml is left as it was');
    } finally {
      copy.remove();
    }
  });

  it('asks for the date of a year that ended long ago, and changes nothing', () => {
    const copy = fixtureCopy('minimal', {
      'data/2019-20/report.yaml': 'title: Annual report 2019/20\nperiod:\n  start: 2019-04-01\n  end: 2020-03-31\nstatus: draft\nsummary: An old year.\n',
    });
    try {
      const result = spawnSync(process.execPath, [join(appRoot, 'src/build/publish-year.ts'), '2019-20'], { env: { ...process.env, CONTENT_ROOT: copy.root }, encoding: 'utf8' });
      assert.equal(result.status, 1);
      assert.match(result.stderr, /2019-20 ended on 2020-03-31, more than a year ago.*--date unknown/s);
      assert.match(readFileSync(join(copy.root, 'data/2019-20/report.yaml'), 'utf8'), /status: draft/);
    } finally {
      copy.remove();
    }
  });
});
