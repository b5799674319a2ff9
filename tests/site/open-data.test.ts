import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { csvParseRows } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { checkedSite } from '../helpers/checked-site.ts';
import { yearFiguresSchema } from '../../src/model/open-data/year-figures.ts';
import { asPrinted } from '../helpers/as-printed.ts';
import { openPage, useBrowserAndServer } from '../helpers/browser.ts';
import { contentRoot, dist } from '../helpers/paths.ts';
import { latestPublishedYear } from '../helpers/report-year.ts';

const site = await checkedSite(contentRoot);
const year = latestPublishedYear(site);
const shared = useBrowserAndServer(dist, { before, after });

/** The numbers a reader sees in a piece of text: "£311,609", "74.1%", "6" as 311609, 74.1, 6. */
const numbersIn = (text: string) => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((match) => Number(match[0].replace(/,/g, '')));
const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

describe(`open data for the ${year.id} report`, () => {
  let page: Page;
  const fetchText = async (href: string) => {
    const response = await page.request.get(new URL(href, page.url()).href);
    assert.equal(response.status(), 200, href);
    return { text: await response.text(), type: response.headers()['content-type'] };
  };
  before(async () => {
    ({ page } = await openPage(shared.browser, `${shared.server.origin}/${year.id}/`, { width: 390 }));
  });

  it('offers a CSV beside every data table, holding every number the table shows', async () => {
    const tables = await page.locator('main .table-wrap').evaluateAll((wraps) =>
      wraps.map((wrap) => ({
        id: wrap.querySelector('table')!.id,
        // Cells that hold a figure: prose cells may have words added on the page, such as an abbreviation spelt out.
        cells: [...wrap.querySelectorAll('tbody td, tfoot td')].map((cell) => (cell as HTMLElement).innerText).filter((text) => /^\s*£?[\d,.]+%?\s*$/.test(text)),
        csv: wrap.nextElementSibling?.matches('.table-download') ? wrap.nextElementSibling.querySelector('a')!.getAttribute('href') : null,
      })),
    );
    // The coverage table is the site's own map of the report, not data of the year.
    const withoutCsv = tables.filter((table) => !table.csv).map((table) => table.id);
    assert.deepEqual(withoutCsv, ['table-statutory-coverage']);
    for (const table of tables.filter((candidate) => candidate.csv)) {
      const { text, type } = await fetchText(table.csv!);
      assert.match(type, /^text\/csv/);
      const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
      assert.ok(rows.length > 1, `${table.csv} has no rows`);
      const csvNumbers = rows.slice(1).flat().filter((cell) => cell !== '' && !Number.isNaN(Number(cell))).map(Number);
      for (const cell of table.cells) {
        for (const shown of numbersIn(cell)) {
          // A share shown as 74.1% is 74.08 in the file: the page rounds, the file keeps two decimals.
          const found = csvNumbers.some((value) => Number(value.toFixed(decimalsOf(shown))) === shown) || rows.slice(1).flat().some((value) => value.replace(/(\d),(\d)/g, '$1$2').includes(String(shown)));
          assert.ok(found, `${table.id}: ${shown} (in "${cell.slice(0, 60)}") is not in ${table.csv}`);
        }
      }
    }
  });

  it('gives the year’s figures as JSON that matches its schema and the numbers on the page', async () => {
    const href = await page.locator('.at-a-glance a[href$=".json"]').getAttribute('href');
    assert.ok(href);
    const { text, type } = await fetchText(href);
    assert.match(type, /^application\/json/);
    const json = JSON.parse(text);
    const { $schema, ...figures } = json;
    const parsed = yearFiguresSchema.parse(figures);
    assert.equal(parsed.year, year.id);
    for (const figure of parsed.headlineFigures ?? []) {
      if (figure.value === undefined) continue;
      assert.ok((await page.locator(`#figure-${figure.id}`).innerText()).includes(asPrinted(figure.value, figure.unit)), figure.id);
    }
    const totals = parsed.incomeAndExpenditure!.totals;
    assert.match(await page.locator('#table-income tfoot').innerText(), new RegExp(asPrinted(totals.income!, 'money')));
    assert.match(await page.locator('#table-expenditure tfoot').innerText(), new RegExp(asPrinted(totals.expenditure!, 'money')));
    const schema = JSON.parse((await fetchText($schema)).text);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(yearFiguresSchema.shape).sort());
    assert.ok(schema.properties.headlineFigures.items.properties.previous.properties.date, 'the schema describes an earlier value’s date');
  });

  it('lists every CSV of the year under “Download the data”, each one answering', async () => {
    const links = await page.locator('#open-data ~ ul a, .open-data a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    const csvs = [...new Set(links.filter((link) => link.endsWith('.csv')))];
    const beside = await page.locator('main .table-download a[href$=".csv"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    assert.ok(beside.length > 0 && year.headlineFigures, 'the year has tables with their data');
    const address = (href: string) => new URL(href, page.url()).pathname;
    const listed = new Set(csvs.map(address));
    assert.deepEqual([...new Set(beside.map(address))].filter((csv) => !listed.has(csv)), [], 'every table’s CSV is listed');
    for (const csv of csvs) await fetchText(csv);
  });
});
