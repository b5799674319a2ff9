import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { exampleRoot, exampleYear } from '../../../src/model/example-files.ts';
import { formatProblems } from '../../../src/model/load/content-problem.ts';
import { loadYear } from '../../../src/model/load/load-year.ts';
import { dataParts, reportParts } from '../../../src/model/report-parts.ts';
import { appRoot } from '../../helpers/paths.ts';
import { definitionOf } from '../../../src/model/schemas/schema-definition.ts';

/**
 * For every data file in the registry of report parts, an unknown field
 * written into the worked example's file, at the top and in each list item
 * and group of fields the example has, is one error naming the file, the
 * line, the field and the fields that place takes. Generated from the
 * registry, so a new part is covered as soon as it has its example file.
 */

const unknownField = 'unexpectedField';
type Path = (string | number)[];


/** The fields the schema takes at a place in the file, read from the schema itself; of a union, the option whose fields the example writes there. */
function fieldsAt(schema: z.ZodType, path: Path, written: Record<string, unknown>): string[] | undefined {
  const definition = definitionOf(schema);
  if (definition.type === 'optional' || definition.type === 'nullable' || definition.type === 'default') return fieldsAt(definition.innerType!, path, written);
  if (definition.type === 'pipe') return fieldsAt(definition.in!, path, written);
  if (definition.type === 'union') {
    return definition.options!.map((option) => fieldsAt(option, path, written)).find((keys) => keys && Object.keys(written).every((key) => keys.includes(key)));
  }
  if (path.length === 0) return definition.type === 'object' ? Object.keys(definition.shape!) : undefined;
  const [key, ...rest] = path;
  if (definition.type === 'array' && typeof key === 'number') return fieldsAt(definition.element!, rest, written);
  if (definition.type === 'object' && typeof key === 'string' && definition.shape![key]) return fieldsAt(definition.shape![key], rest, written);
  return undefined;
}

/** Each group of fields in the file (the top, each list's first item, each group inside one), with where its first field starts. */
function groups(node: Node | null, path: Path = []): { path: Path; offset: number; written: Record<string, unknown> }[] {
  if (isMap(node) && !node.flow && node.items.length > 0) {
    const first = node.items[0].key as Node;
    return [
      { path, offset: first.range![0], written: node.toJSON() as Record<string, unknown> },
      ...node.items.flatMap((pair) => (isScalar(pair.key) ? groups(pair.value as Node, [...path, String(pair.key.value)]) : [])),
    ];
  }
  if (isSeq(node) && node.items.length > 0) return groups(node.items[0] as Node, [...path, 0]);
  return [];
}

/** "figures → item 1 → unexpectedField": the place as the error names it, items counted from 1. */
const inWords = (path: Path) => [...path, unknownField].map((key) => (typeof key === 'number' ? `item ${key + 1}` : key)).join(' → ');

// A copy of the worked example, so each case changes one file of a year that otherwise loads cleanly.
const root = mkdtempSync(join(tmpdir(), 'report-unknown-fields-'));
cpSync(join(appRoot, exampleRoot), root, { recursive: true, filter: (source) => !source.endsWith('.cache') });
after(() => rmSync(root, { recursive: true, force: true }));

describe('an unknown field in a data file is one error naming the file, the line, the field and the fields it takes', () => {
  it('starts from a worked example year that loads without errors', () => {
    const { year, problems } = loadYear(root, exampleYear);
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
    assert.ok(year);
  });

  for (const part of dataParts) {
    const { file, schema } = reportParts[part];
    const relativePath = `data/${exampleYear}/${file}`;
    const original = readFileSync(join(appRoot, exampleRoot, relativePath), 'utf8');
    const places = groups(parseDocument(original).contents);

    it(`finds the top of ${file} and its groups of fields to test`, () => {
      assert.deepEqual(places[0]?.path, [], `${file} is a group of fields`);
    });

    for (const { path, offset, written } of places) {
      const where = path.length === 0 ? 'at the top' : `in ${path.map((key) => (typeof key === 'number' ? `item ${key + 1}` : key)).join(' → ')}`;
      it(`rejects an unknown field ${where} of ${file}`, () => {
        const column = offset - (original.lastIndexOf('\n', offset - 1) + 1);
        const changed = `${original.slice(0, offset)}${unknownField}: 1\n${' '.repeat(column)}${original.slice(offset)}`;
        const line = original.slice(0, offset).split('\n').length;
        writeFileSync(join(root, relativePath), changed);
        try {
          const errors = loadYear(root, exampleYear).problems.filter((problem) => problem.severity === 'error');
          assert.equal(errors.length, 1, formatProblems(errors));
          const [error] = errors;
          assert.equal(error.file, relativePath);
          assert.equal(error.line, line);
          assert.equal(error.field, inWords(path));
          assert.equal(error.found, unknownField);
          assert.match(error.message, new RegExp(`"${unknownField}" is not a field`));
          const fields = fieldsAt(schema, path, written);
          assert.ok(fields, `the schema has a group of fields ${where}`);
          assert.equal(error.expected, `one of: ${fields.join(', ')}`);
        } finally {
          writeFileSync(join(root, relativePath), original);
        }
      });
    }
  }
});
