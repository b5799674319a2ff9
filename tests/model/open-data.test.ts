import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { csvParseRows } from 'd3-dsv';
import { checkedSite } from '../helpers/checked-site.ts';
import { toCsv } from '../../src/model/open-data/csv.ts';
import { dataTables } from '../../src/model/open-data/data-tables.ts';
import { yearFigures, yearFiguresJsonSchema, yearFiguresSchema } from '../../src/model/open-data/year-figures.ts';
import { fixtures } from '../helpers/paths.ts';

const site = await checkedSite(join(fixtures, 'minimal'));
const year = site.years[0];

describe('a year’s figures as open data', () => {
  it('gives the income table with amounts as plain numbers and shares that add up to the total', () => {
    const income = dataTables(year).find((table) => table.id === 'income')!;
    assert.deepEqual(income.rows, [['Council', 300, 75], ['Police', 100, 25], ['Total income', 400, 100]]);
  });

  it('writes CSV a spreadsheet reads back cell for cell, quoting commas and quotes', () => {
    const csv = toCsv({ id: 't', title: 'T', columns: ['what', 'amount'], rows: [['Mailroom, "stationery"', 818], ['Nothing', null]] });
    assert.ok(csv.startsWith('\uFEFF'));
    assert.deepEqual(csvParseRows(csv.slice(1).trim()), [['what', 'amount'], ['Mailroom, "stationery"', '818'], ['Nothing', '']]);
  });

  it('gives all the figures in the form its schema describes, with the income totals worked out', () => {
    const figures = yearFigures(year, site.partnership.name);
    assert.equal(yearFiguresSchema.safeParse(JSON.parse(JSON.stringify(figures))).success, true);
    assert.deepEqual(figures.incomeAndExpenditure?.totals, { income: 400, expenditure: 400 });
    assert.equal(figures.headlineFigures?.length, year.headlineFigures?.length);
  });

  it('publishes a JSON Schema generated from the content schemas, with their descriptions', () => {
    const schema = yearFiguresJsonSchema('https://example.org/schema.json') as { properties: Record<string, { items?: { properties: Record<string, { description?: string }> } }> };
    assert.match(schema.properties.headlineFigures.items!.properties.id.description!, /the same every year/);
  });
});
