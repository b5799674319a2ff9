import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isMap, parseDocument, visit } from 'yaml';
import { exampleRoot, exampleYear } from '../../../src/model/example-files.ts';
import type { ContentProblem } from '../../../src/model/load/content-problem.ts';
import { formatProblems } from '../../../src/model/load/content-problem.ts';
import { inspectSite } from '../../../src/model/inspect-site.ts';
import { appRoot } from '../../helpers/paths.ts';

// The files outside the registry of report parts (whose data files unknown-fields.test.ts covers, from the registry):
// each year's report.yaml and cover reports, and the project's own settings.
const files = [
  `data/${exampleYear}/report.yaml`,
  ...readdirSync(join(appRoot, exampleRoot, 'data', exampleYear, 'committee-reports')).map((file) => `data/${exampleYear}/committee-reports/${file}`),
  'data/partnership.yaml',
  'data/privacy.yaml',
  'data/glossary.yaml',
  'data/accessibility.yaml',
];

/** Adds a misspelt field to every group of fields in the file; returns each one's name and line. */
function addUnknownFields(path: string, prefix: string): { key: string; line: number }[] {
  const document = parseDocument(readFileSync(path, 'utf8'));
  let count = 0;
  visit(document, {
    Map(_, map) {
      if (!isMap(map) || map.flow) return;
      map.add(document.createPair(`${prefix}${++count}`, 'x'));
    },
  });
  const text = document.toString();
  writeFileSync(path, text);
  const lines = text.split('\n');
  return Array.from({ length: count }, (_, index) => {
    const key = `${prefix}${index + 1}`;
    return { key, line: lines.findIndex((line) => new RegExp(`^\\s*(- )?${key}:`).test(line)) + 1 };
  });
}

describe('a field that a year’s report.yaml, a cover report or a settings file does not have', () => {
  const root = mkdtempSync(join(tmpdir(), 'unknown-fields-'));
  const added = new Map<string, { key: string; line: number }[]>();
  let problems: ContentProblem[];
  before(async () => {
    cpSync(join(appRoot, exampleRoot), root, { recursive: true });
    for (const file of files) added.set(file, addUnknownFields(join(root, file), 'notAField'));
    ({ problems } = await inspectSite(root));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  for (const file of files) {
    it(`is an error in ${file.replace(`data/${exampleYear}/`, '')}, at every level of it, naming the field and its line`, () => {
      const expected = added.get(file)!;
      assert.ok(expected.length >= 1);
      const found = problems.filter((problem) => problem.file === file && problem.severity === 'error' && /"notAField\d+" is not a field/.test(problem.message));
      assert.deepEqual(
        found.map((problem) => `${/"(notAField\d+)"/.exec(problem.message)![1]} line ${problem.line}`).sort(),
        expected.map(({ key, line }) => `${key} line ${line}`).sort(),
        formatProblems(problems.filter((problem) => problem.file === file)),
      );
    });
  }
});
