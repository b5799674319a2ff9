import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatProblems, type ContentProblem } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { fixtures } from '../helpers/paths.ts';

const figuresFile = 'data/2030-31/headline-figures.yaml';
const originalFigures = readFileSync(join(fixtures, 'minimal', figuresFile), 'utf8');

/** Loads a copy of the minimal fixture with one file changed and returns its errors. */
async function errorsAfter(changes: Record<string, string | null>): Promise<ContentProblem[]> {
  const copy = fixtureCopy('minimal', changes);
  try {
    const { site, problems } = await inspectSite(copy.root);
    const errors = problems.filter((problem) => problem.severity === 'error');
    assert.equal(site, undefined, 'a site with errors must not be returned');
    return errors;
  } finally {
    copy.remove();
  }
}

function only(problems: ContentProblem[]): ContentProblem {
  assert.equal(problems.length, 1, formatProblems(problems));
  return problems[0];
}

describe('content errors name the file, line, field, value and fix', () => {
  it('accepts the minimal fixture without errors', async () => {
    const { site, problems } = await inspectSite(join(fixtures, 'minimal'));
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
    assert.equal(site?.years.length, 1);
  });

  it('rejects a known issue that puts in doubt a headline figure no file defines, at its line', async () => {
    const problem = only(
      await errorsAfter({
        'data/2030-31/known-issues.yaml': 'issues:\n  - id: unit\n    section: Figures\n    description: The unit is unclear.\n    resolution: Kept as printed.\n    figures:\n      - no-such-figure\n',
      }),
    );
    assert.equal(problem.file, 'data/2030-31/known-issues.yaml');
    assert.equal(problem.line, 7);
    assert.equal(problem.found, 'no-such-figure');
  });

  it('reports a YAML syntax error with its line instead of silently emptying the file', async () => {
    const problem = only(await errorsAfter({ [figuresFile]: originalFigures.replace('    label: Referral rate', '    label: "Referral rate') }));
    assert.equal(problem.file, figuresFile);
    assert.match(problem.message, /cannot be read/);
    assert.equal(problem.line, 13);
  });

  it('rejects a misspelt field and suggests the right name', async () => {
    const errors = await errorsAfter({ [figuresFile]: originalFigures.replace('    commentary: Referrals fell.', '    comentary: Referrals fell.') });
    const problem = only(errors);
    assert.equal(problem.field, 'figures → item 2 → comentary', 'the field it was meant to be is not also reported missing');
    assert.equal(problem.file, figuresFile);
    assert.equal(problem.line, 21);
    assert.match(problem.message, /"comentary" is not a field/);
    assert.match(problem.fix ?? '', /Did you mean "commentary"/);
  });

  it('rejects a number written as text with commas, and says how to write it', async () => {
    const problem = only(await errorsAfter({ [figuresFile]: originalFigures.replace('value: 4200', 'value: "4,200"') }));
    assert.equal(problem.line, 4);
    assert.equal(problem.field, 'figures → item 1 → value');
    assert.equal(problem.found, '"4,200"');
    assert.match(problem.message, /should be a number, but it is text/);
    assert.match(problem.fix ?? '', /without quotes, commas/);
    assert.match(problem.expected ?? '', /The number itself/);
  });

  it('suggests the field whose name has the mistyped word in it', async () => {
    const problem = only(await errorsAfter({ [figuresFile]: originalFigures.replace('    commentary: Referrals fell.', '    comment: Referrals fell.') }));
    assert.match(problem.fix ?? '', /Did you mean "commentary"/);
  });

  it('reports each unknown field of a group on its own line', async () => {
    const errors = await errorsAfter({ [figuresFile]: originalFigures.replace('    value: 4200\n', '    value: 4200\n    colour: red\n    shape: round\n') });
    assert.deepEqual(errors.map((error) => [error.found, error.line]), [['colour', 5], ['shape', 6]]);
  });

  it('lists the fields a group takes when it is written as text', async () => {
    const problem = only(await errorsAfter({ [figuresFile]: originalFigures.replace(/    previous:\n      value: 4000\n      period: 2029\/30\n/, '    previous: 4000\n') }));
    assert.match(problem.message, /should be a group of fields, but it is a number/);
    assert.match(problem.expected ?? '', /Its fields, each on its own line indented below: value, .*period/);
  });

  it('accepts a comparison with any area, such as an English region', async () => {
    const copy = fixtureCopy('minimal', {
      [figuresFile]: originalFigures.replace('    commentary: Referrals fell.', '    comparators:\n      - area: North West\n        value: 72.1\n        unit: rate-per-10000\n    commentary: Referrals fell.'),
    });
    try {
      const { site, problems } = await inspectSite(copy.root);
      assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), [], formatProblems(problems));
      assert.equal(site?.years[0].headlineFigures?.[1].comparators?.[0].area, 'North West');
    } finally {
      copy.remove();
    }
  });

  it('reports a missing required field at the item it belongs to', async () => {
    const problem = only(await errorsAfter({ [figuresFile]: originalFigures.replace('    label: Children in need\n', '') }));
    assert.equal(problem.field, 'figures → item 1 → label');
    assert.match(problem.message, /"label" is missing/);
    assert.equal(problem.line, 2);
  });

  it('lists the allowed choices for a unit that does not exist', async () => {
    const problem = only(await errorsAfter({ [figuresFile]: originalFigures.replace('unit: rate-per-10000', 'unit: per-10000') }));
    assert.equal(problem.found, '"per-10000"');
    assert.match(problem.expected ?? '', /rate-per-10000/);
    assert.equal(problem.line, 15);
  });

  it('rejects a date that does not exist in the calendar', async () => {
    const report = readFileSync(join(fixtures, 'minimal/data/2030-31/report.yaml'), 'utf8');
    const problem = only(await errorsAfter({ 'data/2030-31/report.yaml': report.replace('2031-09-30', '2031-02-30') }));
    assert.equal(problem.field, 'publicationDate');
    assert.match(problem.message, /does not exist/);
  });

  it('rejects two headline figures with the same id', async () => {
    const problem = only(await errorsAfter({ [figuresFile]: originalFigures.replace('id: referral-rate', 'id: children-in-need') }));
    assert.match(problem.message, /already used by item 1/);
    assert.equal(problem.line, 12);
  });

  it('rejects a data file the report does not know, naming the expected ones', async () => {
    const problem = only(await errorsAfter({ 'data/2030-31/headline-figure.yaml': 'figures: []\n' }));
    assert.equal(problem.file, 'data/2030-31/headline-figure.yaml');
    assert.match(problem.expected ?? '', /headline-figures\.yaml/);
  });

  it('rejects an income line naming a partner that does not exist', async () => {
    const budget = readFileSync(join(fixtures, 'minimal/data/2030-31/income-and-expenditure.yaml'), 'utf8');
    const problem = only(await errorsAfter({ 'data/2030-31/income-and-expenditure.yaml': budget.replace('partnerId: redbrook-police', 'partnerId: police') }));
    assert.match(problem.message, /No partner has the id "police"/);
  });

  it('counts front matter lines from the top of the Markdown file', async () => {
    const problem = only(await errorsAfter({ 'content/2030-31/governance.md': '---\ntitle: Summary\nauthor: Someone\n---\nText.\n' }));
    assert.equal(problem.file, 'content/2030-31/governance.md');
    assert.equal(problem.line, 3);
    assert.match(problem.message, /"author" is not a field/);
  });

  it('reports every problem at once, not only the first', async () => {
    const errors = await errorsAfter({
      [figuresFile]: originalFigures.replace('value: 4200', 'value: "4,200"').replace('unit: rate-per-10000', 'unit: per-10000'),
      'content/2030-31/governance.md': '---\nbogus: 1\n---\n',
    });
    assert.equal(errors.length, 4, formatProblems(errors));
    const text = formatProblems(errors);
    assert.match(text, /^There is a problem with the content: 4 errors\./);
    assert.ok(text.indexOf('content/2030-31/governance.md') < text.indexOf(figuresFile), 'grouped by file in order');
  });
});
