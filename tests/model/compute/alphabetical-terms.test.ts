import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alphabeticalTerms } from '../../../src/model/compute/alphabetical-terms.ts';

const term = (abbreviation: string) => ({ abbreviation, expansion: `${abbreviation} in words` });

describe('the glossary’s order', () => {
  it('puts the partnership’s terms among the national ones, alphabetically, not after them', () => {
    const national = ['CAMHS', 'MASH', 'SEND'].map(term);
    const local = ['BCU', 'CSCP', 'SLaM'].map(term);
    assert.deepEqual(alphabeticalTerms(national, local).map((entry) => entry.abbreviation), ['BCU', 'CAMHS', 'CSCP', 'MASH', 'SEND', 'SLaM']);
  });

  it('reads letters without regard to case and numbers by their value', () => {
    assert.deepEqual(alphabeticalTerms(['DSL', 'DfE', 'DAPOs', 'Y12', 'Y6', 'Y11', 'Y7'].map(term)).map((entry) => entry.abbreviation), ['DAPOs', 'DfE', 'DSL', 'Y6', 'Y7', 'Y11', 'Y12']);
  });
});
