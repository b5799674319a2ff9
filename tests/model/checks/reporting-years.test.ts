import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkReportingYears } from '../../../src/model/checks/reporting-years.ts';

describe('the reporting years', () => {
  it('must be at least one, with the command that starts one', () => {
    const problems = checkReportingYears([]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'error');
    assert.equal(problems[0].file, 'data/');
    assert.match(problems[0].fix!, /npm run new-year -- 2025-26/);
  });

  it('are enough when one folder is found, even if its files could not be read', () => {
    assert.deepEqual(checkReportingYears(['2030-31']), []);
  });
});
