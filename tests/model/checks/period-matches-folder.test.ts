import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPeriodMatchesFolder } from '../../../src/model/checks/period-matches-folder.ts';
import { reportYaml, smallYear, sourcesOf } from './small-model.ts';

const check = (id: string, meta: string) => checkPeriodMatchesFolder(smallYear(id, {}, meta), sourcesOf({ [`data/${id}/report.yaml`]: meta }));

describe('the reporting period and the folder name', () => {
  it('find nothing when the period starts in the year the folder is named after and runs forwards', () => {
    assert.deepEqual(check('2030-31', reportYaml()), []);
  });

  it('name the start date’s line when the period starts in another year than the folder says', () => {
    const problems = check('2031-32', reportYaml());
    assert.equal(problems.length, 1);
    assert.deepEqual(
      { file: problems[0].file, line: problems[0].line, field: problems[0].field, found: problems[0].found, severity: problems[0].severity },
      { file: 'data/2031-32/report.yaml', line: 3, field: 'period → start', found: '2030-04-01', severity: 'error' },
    );
    assert.match(problems[0].message, /named 2031-32 but the period starts in 2030/);
  });

  it('name the period’s first date when it ends before it starts', () => {
    const problems = check('2030-31', reportYaml('2030-04-01', '2030-03-31'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 3);
    assert.equal(problems[0].found, 'start 2030-04-01, end 2030-03-31');
    assert.match(problems[0].message, /ends before it starts/);
  });

  it('count a period of one day that ends as it starts as running backwards', () => {
    assert.equal(check('2030-31', reportYaml('2030-04-01', '2030-04-01')).length, 1);
  });
});
