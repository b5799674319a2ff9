import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkGlossaryClashes } from '../../../src/model/checks/glossary-clashes.ts';
import { nationalGlossaryFile } from '../../../src/model/national/national-files.ts';
import { glossarySchema } from '../../../src/model/schemas/glossary.ts';
import { fromYaml, sourcesOf } from './small-model.ts';

const nationalText = 'terms:\n  - abbreviation: DfE\n    expansion: Department for Education\n  - abbreviation: MASH\n    expansion: Multi-Agency Safeguarding Hub\n';
const localText = 'terms:\n  - abbreviation: CSCP\n    expansion: Croydon Safeguarding Children Partnership\n  - abbreviation: MASH\n    expansion: Multi-Agency Support Hub\n';
const sources = sourcesOf({ [nationalGlossaryFile]: nationalText, 'data/glossary.yaml': localText });
const national = { file: nationalGlossaryFile, glossary: fromYaml(glossarySchema, nationalText) };
const local = { file: 'data/glossary.yaml', glossary: fromYaml(glossarySchema, localText) };

describe('the national and the partnership’s glossaries', () => {
  it('may not both spell out one abbreviation, reported on the partnership’s line with the national one’s', () => {
    const problems = checkGlossaryClashes(national, local, sources);
    assert.equal(problems.length, 1);
    assert.deepEqual(
      { file: problems[0].file, line: problems[0].line, field: problems[0].field, found: problems[0].found, severity: problems[0].severity },
      { file: 'data/glossary.yaml', line: 4, field: 'terms → item 2', found: 'MASH: Multi-Agency Support Hub', severity: 'error' },
    );
    assert.match(problems[0].message, /already in src\/model\/national\/glossary\.yaml \(line 4\), as "Multi-Agency Safeguarding Hub"/);
  });

  it('find nothing when the abbreviations differ, even only in case', () => {
    const other = { file: 'data/glossary.yaml', glossary: fromYaml(glossarySchema, 'terms:\n  - abbreviation: DFE\n    expansion: Dorset Fire Engines\n') };
    assert.deepEqual(checkGlossaryClashes(national, other, sources), []);
  });

  it('find nothing when there is no national glossary', () => {
    assert.deepEqual(checkGlossaryClashes(undefined, local, sources), []);
  });
});
