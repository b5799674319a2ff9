import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { fixtures } from '../helpers/paths.ts';

const governance = 'content/2030-31/governance.md';
const original = readFileSync(join(fixtures, 'minimal', governance), 'utf8');

async function inspect(changes: Record<string, string>) {
  const copy = fixtureCopy('minimal', changes);
  try {
    return await inspectSite(copy.root);
  } finally {
    copy.remove();
  }
}

describe('national and local word lists', () => {
  it('accept an abbreviation and a word from the national lists as from the partnership’s own', async () => {
    const { site, problems } = await inspect({
      [governance]: `${original}\nThe TASP guidance on adultification was read.\n`,
      'data/national-glossary.yaml': 'terms:\n  - abbreviation: TASP\n    expansion: The Association of Safeguarding Partners\n',
      'data/national-words.txt': '# Safeguarding terms\nadultification\n',
    });
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), [], formatProblems(problems));
    assert.ok(site?.glossary.terms.some((term) => term.abbreviation === 'TASP'));
    assert.ok(site?.glossary.terms.some((term) => term.abbreviation === 'MASH'), 'the local glossary is kept');
  });

  it('refuse an abbreviation given in both, on the line of the local one', async () => {
    const local = readFileSync(join(fixtures, 'minimal', 'data/glossary.yaml'), 'utf8');
    const { problems } = await inspect({ 'data/national-glossary.yaml': 'terms:\n  - abbreviation: MASH\n    expansion: Multi-Agency Safeguarding Hub\n' });
    const errors = problems.filter((problem) => problem.severity === 'error');
    assert.equal(errors.length, 1, formatProblems(problems));
    assert.equal(errors[0].file, 'data/glossary.yaml');
    assert.equal(errors[0].line, local.split('\n').findIndex((line) => line.includes('abbreviation: MASH')) + 1);
    assert.match(errors[0].message, /already in data\/national-glossary\.yaml \(line 2\)/);
  });
});
