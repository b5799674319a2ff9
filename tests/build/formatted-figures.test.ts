import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

/*
 * Figures chosen so that rounding and truncating give different results, and
 * every expected string below worked out by hand from them:
 *   income 7,406 + 1,897 + 697 = 10,000: 74.06% → 74.1%, 18.97% → 19.0%, 6.97% → 7.0%
 *   expenditure 2,371 + 612 = 2,983: 2,371 / 2,983 = 79.484% → 79.5%, 612 / 2,983 = 20.516% → 20.5%
 *   balance 10,000 − 2,983 = 7,017
 *   figures 74.06% → 74.1% (up 74.06 − 69.98 = 4.08 → 4.1, from 69.98 → 70), 18.96% → 19%, £311,609.60 → £311,610
 */
const budget = `income:
  - id: council
    label: Council
    amount: 7406
  - id: police
    label: Police
    amount: 1897
  - id: health
    label: Health
    amount: 697
expenditure:
  - id: staff
    label: Staff
    amount: 2371
  - id: training
    label: Training
    amount: 612
`;
const moreFigures = `  - id: plans-reviewed-on-time
    label: Plans reviewed on time
    value: 74.06
    unit: percentage
    period: 2030/31
    previous:
      value: 69.98
      period: 2029/30
    commentary: More plans were reviewed on time.
    source: Test data
  - id: repeat-referrals
    label: Repeat referrals
    value: 18.96
    unit: percentage
    period: 2030/31
    commentary: Fewer families were referred again.
    source: Test data
  - id: training-budget
    label: Training budget
    value: 311609.6
    unit: money
    period: 2030/31
    commentary: The partners paid for training together.
    source: Test data
`;

const expectedRows = {
  income: [
    ['Council', '£7,406', '74.1%'],
    ['Police', '£1,897', '19.0%'],
    ['Health', '£697', '7.0%'],
    ['Total income', '£10,000', '100%'],
  ],
  expenditure: [
    ['Staff', '£2,371', '79.5%'],
    ['Training', '£612', '20.5%'],
    ['Total expenditure', '£2,983', '100%'],
  ],
};
const expectedCards = {
  'plans-reviewed-on-time': ['74.1%', 'Up 4.1% from 70% in 2029/30'],
  'repeat-referrals': ['19%'],
  'training-budget': ['£311,610'],
};
const expectedSentences = [
  'Council gave the most, £7,406 or 74.1% of the £10,000 total.',
  'Staff took the most, £2,371 or 79.5% of the £2,983 total.',
  'Income exceeded expenditure by £7,017.',
];

const textOf = (node: Element): string => node.children.map((child) => (child.type === 'text' ? (child as Text).value : child.type === 'element' ? textOf(child) : '')).join('');
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('figures as the built report shows them', () => {
  const figures = 'data/2030-31/headline-figures.yaml';
  const project = fixtureCopy('minimal', {
    'data/2030-31/income-and-expenditure.yaml': budget,
    [figures]: `${readFileSync(join(fixtures, 'minimal', figures), 'utf8').trimEnd()}\n${moreFigures}`,
  });
  const elements: Element[] = [];
  let printed = '';
  before(() => {
    const built = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
      env: { ...process.env, CONTENT_ROOT: project.root, PDF_CACHE_DIR: join(project.root, '.cache', 'pdfs') },
      encoding: 'utf8',
    });
    assert.equal(built.status, 0, built.stderr);
    visit(fromHtml(readFileSync(join(project.root, 'dist/2030-31/index.html'), 'utf8')) as Root, 'element', (node: Element) => {
      elements.push(node);
    });
    const pdf = readFileSync(join(project.root, 'dist/2030-31/index.html'), 'utf8').match(/href="\/2030-31\/([^"/]+-2030-31\.pdf)"/)![1];
    // In layout mode, so a table's row is read as one line.
    printed = words(spawnSync('pdftotext', ['-layout', join(project.root, 'dist/2030-31', pdf), '-'], { encoding: 'utf8' }).stdout);
  });
  after(() => project.remove());

  for (const [side, rows] of Object.entries(expectedRows)) {
    it(`gives each ${side} line its amount in whole pounds and its share rounded to a tenth, on the page and in the PDF`, () => {
      const table = elements.find((node) => node.properties.id === `table-${side}`)!;
      assert.ok(table, `no ${side} table`);
      const body: string[][] = [];
      visit(table, 'element', (row: Element) => {
        if (row.tagName === 'tr' && row.children.some((cell) => cell.type === 'element' && cell.tagName === 'td')) {
          body.push(row.children.filter((cell): cell is Element => cell.type === 'element').map((cell) => words(textOf(cell))));
        }
      });
      assert.deepEqual(body, rows);
      for (const row of rows) assert.ok(printed.includes(row.join(' ')), `the PDF lacks "${row.join(' ')}"`);
    });
  }

  for (const [id, shown] of Object.entries(expectedCards)) {
    it(`shows the figure "${id}" rounded as a reader expects`, () => {
      const card = elements.find((node) => node.properties.id === `figure-${id}`);
      assert.ok(card, `no card for ${id}`);
      const value = words(textOf(elements.find((node) => (node.properties.className as string[] | undefined)?.includes('figure-card__value') && visitsInside(card, node))!));
      assert.equal(value, shown[0]);
      for (const text of shown.slice(1)) assert.ok(words(textOf(card)).includes(text), words(textOf(card)));
      for (const text of shown) assert.ok(printed.includes(text), `the PDF lacks "${text}"`);
    });
  }

  it('writes the budget’s summary sentences with the same rounded figures', () => {
    const page = words(elements.filter((node) => node.tagName === 'main').map(textOf).join(' '));
    for (const sentence of expectedSentences) assert.ok(page.includes(sentence), sentence);
  });
});

function visitsInside(parent: Element, child: Element): boolean {
  let found = false;
  visit(parent, 'element', (node: Element) => {
    if (node === child) found = true;
  });
  return found;
}
