import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { checkedSite } from '../helpers/checked-site.ts';
import { presentSections } from '../../src/model/present-sections.ts';
import { asPrinted } from '../helpers/as-printed.ts';
import { openPage, useBrowserAndServer } from '../helpers/browser.ts';
import { contentRoot, dist } from '../helpers/paths.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { latestPublishedYear } from '../helpers/report-year.ts';
import { readSourceReport, sourceHeadlineNumbers } from '../helpers/source-report.ts';

const site = await checkedSite(contentRoot);
const year = latestPublishedYear(site);
const shared = useBrowserAndServer(dist, { before, after });
let page: Page;

const withoutCommas = (text: string) => text.replace(/(\d),(\d)/g, '$1$2');

describe(`the latest published year’s report page (${year.id})`, () => {
  // Inside the suite, so it runs after the file's browser and server have started.
  before(async () => {
    ({ page } = await openPage(shared.browser, `${shared.server.origin}/${year.id}/`));
  });

  it('shows every number printed on Croydon’s source report’s headline figure cards', croydonOnly, async (context) => {
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
      if (figure.value !== undefined) assert.ok(text.includes(asPrinted(figure.value, figure.unit)), `${figure.id}: ${text}`);
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
    assert.ok(count >= 1, `${count} charts`);
    for (let index = 0; index < count; index++) {
      const figure = figures.nth(index);
      assert.equal(await figure.locator('svg[role="img"]:visible > title').count(), 1, 'one layout of the chart is shown');
      assert.ok((await figure.locator('svg:visible > desc').textContent())!.length > 20);
      assert.ok((await figure.locator('.chart-figure__summary').innerText()).length > 10);
    }
  });

  it('draws Croydon’s 2024/25 charts of money, training and engagement', croydonOnly, async () => {
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
    assert.ok(tables.length >= 1);
    for (const table of tables) {
      assert.ok(table.caption.length > 0, `${table.id} has no caption`);
      assert.equal(table.unscoped, 0, `${table.id} has header cells without scope`);
    }
  });

  it('marks up every abbreviation it uses with what it stands for and lists each in the glossary', async () => {
    const used = await page.locator('main abbr').evaluateAll((elements) => elements.map((element) => [element.textContent ?? '', element.getAttribute('title') ?? '']));
    assert.ok(used.length > 0, 'the page uses an abbreviation');
    assert.deepEqual(used.filter(([, title]) => !title), [], 'every abbreviation says what it stands for');
    const glossary = await page.locator('#glossary').locator('xpath=..').innerText();
    const unlisted = [...new Set(used.map(([abbreviation]) => abbreviation))].filter((abbreviation) => !new RegExp(`${abbreviation}\\s`).test(glossary));
    assert.deepEqual(unlisted, []);
  });

  it('spells out CSCP and MASH, Croydon’s abbreviations, at their first use', croydonOnly, async () => {
    const glossary = await page.locator('#glossary').locator('xpath=..').innerText();
    for (const term of ['CSCP', 'MASH']) assert.match(glossary, new RegExp(`${term}\\s`));
    const text = await page.locator('main').innerText();
    assert.ok(text.includes('Multi-Agency Safeguarding Hub (MASH)'), 'MASH spelt out');
  });

});
