import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { fixtures } from '../helpers/paths.ts';

describe('priorities carried from one year to the next', () => {
  it('never turn a published year’s check into an error when an earlier year is added later', async () => {
    // A past year transcribed after 2030-31 was published, naming priorities 2030-31 never reported on.
    const copy = fixtureCopy('minimal', {
      'data/2029-30/report.yaml': 'title: Annual report 2029/30\nperiod:\n  start: 2029-04-01\n  end: 2030-03-31\nstatus: draft\nsummary: The year before.\n',
      'data/2029-30/priorities.yaml': 'forYear: 2030-31\npriorities:\n  - id: online-safety\n    title: Keeping children safe online\n',
    });
    try {
      const before = await inspectSite(join(fixtures, 'minimal'));
      const { site, problems } = await inspectSite(copy.root);
      assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), [], formatProblems(problems));
      const note = problems.find((problem) => problem.check === 'carried-priorities');
      assert.equal(note?.severity, 'warning');
      assert.equal(note?.file, 'data/2030-31/commitments.yaml');
      assert.match(note?.fix ?? '', /2030-31 is published, so it stays as it was published; nothing needs changing/);
      const published = (root: NonNullable<typeof site>) => root.years.find((year) => year.id === '2030-31');
      assert.deepEqual(published(site!), published(before.site!), 'the published year’s model is unchanged');
    } finally {
      copy.remove();
    }
  });
});
