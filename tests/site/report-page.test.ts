import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { loadSite } from '../../src/model/load/load-site.ts';
import { presentSections } from '../../src/model/present-sections.ts';
import { formatValue } from '../../src/render/format.ts';
import { openPage, useBrowserAndServer } from '../helpers/browser.ts';
import { appRoot, dist } from '../helpers/paths.ts';
import { readSourceReport, sourceHeadlineNumbers } from '../helpers/source-report.ts';

const site = loadSite(appRoot);
const year = site.years.find((candidate) => candidate.id === '2024-25')!;
const shared = useBrowserAndServer(dist, { before, after });
let page: Page;

const withoutCommas = (text: string) => text.replace(/(\d),(\d)/g, '$1$2');

describe('the 2024/25 report page', () => {
  // Inside the suite, so it runs after the file's browser and server have started.
  before(async () => {
    ({ page } = await openPage(shared.browser, `${shared.server.origin}/2024-25/`));
  });

  it('shows every number printed on the source report’s headline figure cards', async (context) => {
    const source = readSourceReport();
    if (!source) return context.skip('the source documents are not beside this checkout');
    const numbers = sourceHeadlineNumbers(source);
    assert.ok(numbers.length >= 15, `found only ${numbers.length} card values in the source`);
    const text = withoutCommas(await page.locator('#headline-figures').locator('xpath=..').innerText());
    const missing = numbers.filter(({ number }) => !text.includes(withoutCommas(number)));
    assert.deepEqual(missing, []);
  });

  it('shows each headline figure’s value from the data in its own card', async () => {
    for (const figure of year.headlineFigures ?? []) {
      const card = page.locator(`#figure-${figure.id}`);
      assert.equal(await card.count(), 1, figure.id);
      const text = await card.innerText();
      assert.ok(text.includes(figure.label), `${figure.id} label`);
      if (figure.value !== undefined) assert.ok(text.includes(formatValue(figure.value, figure.unit)), `${figure.id}: ${text}`);
    }
  });

  it('has a section, in order, for every part of the report the year has, each listed in the contents', async () => {
    const expected = presentSections(year).map((section) => section.id);
    const onPage = await page.locator('main section.report-section > :is(h2, h3)[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
    assert.deepEqual(onPage, expected);
    const contents = await page.locator('nav.contents a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    assert.deepEqual(contents, expected.map((id) => `#${id}`));
  });

  it('computes the income and expenditure totals from the amounts', async () => {
    const budget = year.incomeAndExpenditure!;
    const income = budget.income!.reduce((sum, line) => sum + line.amount, 0);
    const spend = budget.expenditure!.reduce((sum, line) => sum + line.amount, 0);
    assert.match(await page.locator('#table-income tfoot').innerText(), new RegExp(`£${income.toLocaleString('en-GB')}`));
    assert.match(await page.locator('#table-expenditure tfoot').innerText(), new RegExp(`£${spend.toLocaleString('en-GB')}`));
  });

  it('gives every chart a title, a summary and a data table', async () => {
    const figures = page.locator('figure.chart-figure');
    const count = await figures.count();
    assert.ok(count >= 6, `${count} charts`);
    for (let index = 0; index < count; index++) {
      const figure = figures.nth(index);
      assert.equal(await figure.locator('svg[role="img"]:visible > title').count(), 1, 'one layout of the chart is shown');
      assert.ok((await figure.locator('svg:visible > desc').textContent())!.length > 20);
      assert.ok((await figure.locator('.chart-figure__summary').innerText()).length > 10);
    }
    for (const id of ['income', 'expenditure', 'training-outcomes', 'elearning-pass-rate', 'engagement-review']) {
      assert.equal(await page.locator(`#chart-${id}-stacked-title`).count(), 1, `chart ${id}`);
    }
  });

  it('gives every table a caption and scoped header cells', async () => {
    const tables = await page.locator('main table').evaluateAll((elements) =>
      elements.map((table) => ({
        id: table.id,
        caption: table.querySelector('caption')?.textContent?.trim() ?? '',
        unscoped: [...table.querySelectorAll('th')].filter((th) => !th.getAttribute('scope')).length,
      })),
    );
    assert.ok(tables.length >= 8);
    for (const table of tables) {
      assert.ok(table.caption.length > 0, `${table.id} has no caption`);
      assert.equal(table.unscoped, 0, `${table.id} has header cells without scope`);
    }
  });

  it('spells out abbreviations at their first use and lists them in a glossary', async () => {
    const first = page.locator('main abbr').first();
    assert.ok(await first.getAttribute('title'));
    const glossary = await page.locator('#glossary').locator('xpath=..').innerText();
    for (const term of ['CSCP', 'MASH']) assert.match(glossary, new RegExp(`${term}\\s`));
    const text = await page.locator('main').innerText();
    assert.ok(text.includes('Multi-Agency Safeguarding Hub (MASH)'), 'MASH spelt out');
  });

});
