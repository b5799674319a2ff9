import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { fixtures } from '../helpers/paths.ts';

const governance = 'content/2030-31/governance.md';
const privacyFile = 'data/privacy.yaml';
const original = (path: string) => readFileSync(join(fixtures, 'minimal', path), 'utf8');

/** The fixture's privacy settings with these reviewed exceptions. */
function withExceptions(...entries: Array<{ file: string; text: string }>): string {
  const items = entries.map(
    ({ file, text }) => `  - file: ${file}\n    text: ${text}\n    reason: The office's public reception number.\n    reviewedBy: Business manager\n    reviewedOn: 2031-06-01\n`,
  );
  return original(privacyFile).replace('exceptions: []', `exceptions:\n${items.join('')}`);
}

describe('reviewed exceptions to the personal data check', () => {
  it('lets the reviewed text through, and warns, on its own line, about an exception that no longer matches anything', async () => {
    const project = fixtureCopy('minimal', {
      [governance]: `${original(governance).trimEnd()}\n\nThe office's reception is on 020 8726 6000.\n`,
      [privacyFile]: withExceptions({ file: governance, text: '020 8726 6000' }, { file: governance, text: '07700 900123' }),
    });
    try {
      const { site, problems } = await inspectSite(project.root);
      const personal = problems.filter((problem) => problem.check === 'personal-data');
      assert.equal(personal.length, 1, formatProblems(problems));
      const [stale] = personal;
      assert.equal(stale.severity, 'warning');
      assert.equal(stale.file, privacyFile);
      assert.equal(stale.found, '07700 900123');
      assert.equal(stale.field, 'exceptions → item 2');
      const lines = readFileSync(join(project.root, privacyFile), 'utf8').split('\n');
      assert.match(lines[stale.line! - 1], /^ {2}- file:/);
      assert.match(lines[stale.line!], /07700 900123/);
      assert.ok(site, 'a stale exception alone does not stop the build');
    } finally {
      project.remove();
    }
  });

  it('does not let an exception for one file through in another', async () => {
    const project = fixtureCopy('minimal', {
      [governance]: `${original(governance).trimEnd()}\n\nCall 020 8726 6000.\n`,
      [privacyFile]: withExceptions({ file: 'content/2030-31/executive-summary.md', text: '020 8726 6000' }),
    });
    try {
      const { problems } = await inspectSite(project.root);
      const personal = problems.filter((problem) => problem.check === 'personal-data');
      assert.deepEqual(
        personal.map((problem) => [problem.file, problem.severity]),
        [
          [governance, 'error'],
          [privacyFile, 'warning'],
        ],
        formatProblems(personal),
      );
    } finally {
      project.remove();
    }
  });
});
