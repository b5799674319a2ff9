import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { scaffoldYear } from '../../src/build/scaffold-year.ts';
import { exampleRoot, exampleYear } from '../../src/model/example-files.ts';
import { loadYear } from '../../src/model/load/load-year.ts';
import { dataParts, reportParts, type DataPart } from '../../src/model/report-parts.ts';
import { reportYearSchema } from '../../src/model/schemas/report-year-schema.ts';
import { sections } from '../../src/model/sections.ts';
import { appRoot } from '../helpers/paths.ts';
import { definitionOf } from '../../src/model/schemas/schema-definition.ts';

const examples = join(appRoot, exampleRoot);
const sectionOf = (part: DataPart) => (reportParts[part] as { section?: string }).section;
/** Zod keeps each schema's kind in its definition. */

/** Adding a part to the report is adding one entry to the registry: everything else follows from it. */
describe('the registry of report parts', () => {
  it('names a section of the report for every part shown on the report page', () => {
    const sectionIds = new Set(sections.map((section) => section.id));
    const unknown = dataParts.filter((part) => sectionOf(part) !== undefined && !sectionIds.has(sectionOf(part)!));
    assert.deepEqual(unknown, []);
    // Only the child version's figures are shown on a page of their own.
    assert.deepEqual(dataParts.filter((part) => sectionOf(part) === undefined), ['children']);
  });

  it('gives each section exactly the parts that name it, in the registry’s order', () => {
    for (const section of sections) {
      const naming = dataParts.filter((part) => sectionOf(part) === section.id);
      assert.deepEqual(section.data, naming, section.id);
    }
  });

  it('gives each part a file of its own', () => {
    const files: string[] = dataParts.map((part) => reportParts[part].file);
    assert.equal(new Set(files).size, files.length);
    assert.ok(!files.includes('report.yaml') && !files.includes('fingerprint.yaml'), 'report.yaml and fingerprint.yaml are read on their own');
  });

  it('names, for a file that wraps one list, a field of the file that is that list', () => {
    for (const part of dataParts) {
      const { listKey, schema, value } = reportParts[part];
      if (listKey === undefined) assert.equal(value, schema, part);
      else {
        assert.deepEqual(Object.keys(schema.shape), [listKey], `${part}: the file holds only its list`);
        assert.equal(definitionOf(value).type, 'array', `${part}: ${listKey} is a list`);
      }
    }
  });

  it('gives the year’s schema, used by the content collection, a field for every part', () => {
    const fields = Object.keys(reportYearSchema.shape);
    assert.deepEqual(dataParts.filter((part) => !fields.includes(part)), []);
    assert.deepEqual(fields.filter((field) => !(dataParts as string[]).includes(field)), ['id', 'meta', 'narrative', 'coverReports']);
  });

  it('has the loader keep each part of the worked example as its file holds it: the list, for a file that wraps one', () => {
    const { year, problems } = loadYear(examples, exampleYear);
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
    for (const part of dataParts) {
      const { file, listKey, schema } = reportParts[part];
      // Read with the part's own schema, which fills in the defaults for fields the file leaves out.
      const written: Record<string, unknown> = schema.parse(parse(readFileSync(join(examples, 'data', exampleYear, file), 'utf8')));
      assert.ok(year?.[part] !== undefined, `${part} is loaded from ${file}`);
      assert.deepEqual(year[part], listKey === undefined ? written : written[listKey], part);
    }
  });

  it('has new-year write a file for every part, and no other data file besides report.yaml', () => {
    const files = scaffoldYear({ yearId: '2031-32', partnership: { area: 'Northshire' }, years: [] })
      .map((file) => file.path)
      .filter((path) => path.startsWith('data/'));
    assert.deepEqual(files.sort(), ['data/2031-32/report.yaml', ...dataParts.map((part) => `data/2031-32/${reportParts[part].file}`)].sort());
  });
});
