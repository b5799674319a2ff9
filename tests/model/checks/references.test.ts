import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkReferences } from '../../../src/model/checks/references.ts';
import type { Narrative } from '../../../src/model/report-year.ts';
import { childFiguresSchema } from '../../../src/model/schemas/children.ts';
import { headlineFiguresFileSchema } from '../../../src/model/schemas/headline-figure.ts';
import { incomeAndExpenditureSchema } from '../../../src/model/schemas/income-and-expenditure.ts';
import { knownIssuesSchema } from '../../../src/model/schemas/known-issue.ts';
import { partnershipSchema } from '../../../src/model/schemas/partnership.ts';
import { fixtures } from '../../helpers/paths.ts';
import { fromYaml, smallYear, sourcesOf } from './small-model.ts';

const partnership = fromYaml(partnershipSchema, readFileSync(join(fixtures, 'minimal/data/partnership.yaml'), 'utf8'));
const id = '2030-31';
const files = {
  money: `data/${id}/income-and-expenditure.yaml`,
  figures: `data/${id}/headline-figures.yaml`,
  children: `data/${id}/children.yaml`,
  issues: `data/${id}/known-issues.yaml`,
};
const moneyText = (partnerId: string) =>
  `income:\n  - id: council\n    label: Council\n    amount: 300\n    partnerId: redbrook-council\n  - id: police\n    label: Police\n    amount: 100\n    partnerId: ${partnerId}\nexpenditure:\n  - id: staff\n    label: Staff\n    amount: 400\n`;
const figuresText =
  'figures:\n  - id: children-in-need\n    label: Children in need\n    value: 4200\n    unit: count\n    period: 2030/31\n    commentary: The caseload rose.\n    source: Test data\n  - id: audits-planned\n    label: Audits planned\n    unit: count\n    period: 2030/31\n    statedChange:\n      direction: up\n      comparedWith: 2029/30\n    commentary: More were planned.\n    source: Test data\n';
const childrenText = (figure: string) => `featuredFigures:\n  - figure: ${figure}\n    illustration: busts-in-silhouette\n    label: children who needed extra help\n    meaning: Each of them had a worker to help their family.\nglossary:\n  - term: NHS\n    meaning: The health service, with doctors and nurses.\n`;
const issuesText = (figure: string) => `issues:\n  - id: caseload\n    section: Headline figures\n    description: Two caseloads are printed.\n    resolution: Kept as printed.\n    figures:\n      - ${figure}\n`;
const childWords: Narrative = { file: `content/${id}/children.md`, body: 'Thank you for reading.' };
const headlineFigures = fromYaml(headlineFiguresFileSchema, figuresText).figures;

describe('references between files', () => {
  it('find nothing when every partner, figure and child version named exists', () => {
    const year = smallYear(id, {
      incomeAndExpenditure: fromYaml(incomeAndExpenditureSchema, moneyText('redbrook-police')),
      headlineFigures,
      children: fromYaml(childFiguresSchema, childrenText('children-in-need')),
      knownIssues: fromYaml(knownIssuesSchema, issuesText('children-in-need')).issues,
      narrative: { children: childWords },
    });
    assert.deepEqual(checkReferences([year], partnership, sourcesOf({})), []);
  });

  it('name the line of an income line whose partner is not in data/partnership.yaml', () => {
    const text = moneyText('police');
    const year = smallYear(id, { incomeAndExpenditure: fromYaml(incomeAndExpenditureSchema, text) });
    const problems = checkReferences([year], partnership, sourcesOf({ [files.money]: text }));
    assert.equal(problems.length, 1);
    assert.deepEqual(
      { file: problems[0].file, line: problems[0].line, field: problems[0].field, found: problems[0].found },
      { file: files.money, line: 9, field: 'income → item 2 → partnerId', found: 'police' },
    );
    assert.match(problems[0].expected!, /redbrook-council, redbrook-icb, redbrook-police/);
  });

  it('tell a featured figure that does not exist from one with no value to show', () => {
    for (const [figure, message] of [
      ['children-missing', /No headline figure has the id "children-missing"/],
      ['audits-planned', /"audits-planned" has no value to show/],
    ] as const) {
      const text = childrenText(figure);
      const year = smallYear(id, { headlineFigures, children: fromYaml(childFiguresSchema, text), narrative: { children: childWords } });
      const problems = checkReferences([year], partnership, sourcesOf({ [files.children]: text }));
      assert.equal(problems.length, 1, figure);
      assert.equal(problems[0].line, 2);
      assert.match(problems[0].message, message);
    }
  });

  it('name the line of a known issue putting in doubt a figure that does not exist', () => {
    const text = issuesText('children-missing');
    const year = smallYear(id, { headlineFigures, knownIssues: fromYaml(knownIssuesSchema, text).issues });
    const problems = checkReferences([year], partnership, sourcesOf({ [files.issues]: text }));
    assert.equal(problems.length, 1);
    assert.deepEqual({ line: problems[0].line, field: problems[0].field }, { line: 7, field: 'issues → item 1 → figures → item 1' });
  });

  it('ask for the child version’s words when the year features figures for children', () => {
    const year = smallYear(id, { headlineFigures, children: fromYaml(childFiguresSchema, childrenText('children-in-need')) });
    const problems = checkReferences([year], partnership, sourcesOf({}));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, `content/${id}/children.md`);
    assert.match(problems[0].message, /no words for the child version/);
  });
});
