import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { fixtures } from '../helpers/paths.ts';

const governance = 'content/2030-31/governance.md';
const figures = 'data/2030-31/headline-figures.yaml';
const original = (file: string) => readFileSync(join(fixtures, 'minimal', file), 'utf8');

/** A known issue saying the source never spells out "QXZ", which governance.md then uses. */
const knownIssue = (explains: string) => `issues:
  - id: unexplained-abbreviation
    section: Governance
    description: The report uses an abbreviation without saying what it stands for.
    resolution: Kept as printed until the partnership says what it stands for.
    explains:
${explains}
`;

async function problemsOf(changes: Record<string, string>) {
  const copy = fixtureCopy('minimal', changes);
  try {
    return (await inspectSite(copy.root)).problems;
  } finally {
    copy.remove();
  }
}

describe('known issues', () => {
  it('turn the finding they explain into a warning', async () => {
    const problems = await problemsOf({
      [governance]: `${original(governance)}\nThe QXZ met twice.\n`,
      'data/2030-31/known-issues.yaml': knownIssue('      - file: governance.md\n        item: QXZ\n        check: acronyms'),
    });
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), [], formatProblems(problems));
    assert.ok(problems.some((problem) => problem.check === 'acronyms' && problem.severity === 'warning'));
  });

  it('still explain it when another file of the year has an error, so one mistake is one error', async () => {
    const problems = await problemsOf({
      [governance]: `${original(governance)}\nThe QXZ met twice.\n`,
      'data/2030-31/known-issues.yaml': knownIssue('      - file: governance.md\n        item: QXZ\n        check: acronyms'),
      [figures]: original(figures).replace('    label: Children in need', '    label: "Children in need'),
    });
    const errors = problems.filter((problem) => problem.severity === 'error');
    assert.equal(errors.length, 1, formatProblems(problems));
    assert.equal(errors[0].file, figures);
    assert.ok(!problems.some((problem) => problem.check === 'known-issues'), 'no entry is called stale while the year cannot be checked whole');
  });

  it('cannot let personal data, a misspelling or an unexplained abbreviation through by naming the whole file', async () => {
    const problems = await problemsOf({
      [governance]: `${original(governance)}\nCall Sam on 07911 123456 about the safegaurding plan. The QXZ met twice.\n`,
      'data/2030-31/known-issues.yaml': knownIssue('      - file: governance.md'),
    });
    const errors = problems.filter((problem) => problem.severity === 'error' && problem.file === governance);
    assert.deepEqual(errors.map((problem) => problem.check).sort(), ['acronyms', 'personal-data', 'spelling'], formatProblems(problems));
  });

  it('explain an abbreviation only when they name it and the abbreviation check', async () => {
    for (const explains of ['      - file: governance.md\n        item: QXZ', '      - file: governance.md\n        check: acronyms']) {
      const problems = await problemsOf({
        [governance]: `${original(governance)}\nThe QXZ met twice.\n`,
        'data/2030-31/known-issues.yaml': knownIssue(explains),
      });
      const errors = problems.filter((problem) => problem.severity === 'error');
      assert.deepEqual(errors.map((problem) => `${problem.check} ${problem.found}`), ['acronyms QXZ'], `${explains}\n${formatProblems(problems)}`);
    }
  });

  it('are the team’s own words, so an abbreviation in one is not held to the glossary, but one in a published note is', async () => {
    const issue = (extra: string) => ({
      'data/2030-31/known-issues.yaml': `issues:\n  - id: harp-unexplained\n    section: Governance\n    description: The report names HARP interviews but never says what HARP stands for.\n    resolution: Asked the police.\n${extra}`,
    });
    const team = (await problemsOf(issue(''))).filter((problem) => problem.check === 'acronyms');
    assert.deepEqual(team, []);
    const published = (await problemsOf(issue('    publicNote: The HARP figure is being confirmed.\n'))).filter((problem) => problem.check === 'acronyms');
    assert.deepEqual(published.map((problem) => problem.found), ['HARP']);
  });
});

