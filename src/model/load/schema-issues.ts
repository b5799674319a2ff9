import type { z } from 'zod';
import type { ContentProblem } from './content-problem.ts';
import type { FieldPath, YamlSource } from './yaml-source.ts';
import { definitionOf, type SchemaDefinition } from '../schemas/schema-definition.ts';

/**
 * Turns Zod's issues into problems a non-developer can act on: the schema's
 * own description says what the field holds, and the fix is in plain words.
 */
export function validateWithSchema<T>(
  schema: z.ZodType<T>,
  source: YamlSource,
  file: string,
): { data?: T; problems: ContentProblem[] } {
  const result = schema.safeParse(source.value);
  if (result.success) return { data: result.data, problems: [] };
  // Zod gives several unknown keys of one group as one issue; each is its own mistake, on its own line.
  const issues = result.error.issues.flatMap((issue): Issue[] => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue]));
  // A misspelt field name is one mistake: the required field it was meant to be is not reported missing as well.
  const meant = new Set(
    issues.flatMap((issue) => {
      if (issue.code !== 'unrecognized_keys') return [];
      const suggestion = closest(issue.keys[0], allowedKeys(schema, issue.path as FieldPath, source.value));
      return suggestion ? [JSON.stringify([...issue.path, suggestion])] : [];
    }),
  );
  const problems = issues
    .filter((issue) => !(issue.code === 'invalid_type' && meant.has(JSON.stringify(issue.path)) && valueAt(source.value, issue.path as FieldPath) === undefined))
    .map((issue) => toProblem(issue, schema, source, file));
  return { problems };
}

type Issue = z.core.$ZodIssue;

function toProblem(issue: Issue, schema: z.ZodType, source: YamlSource, file: string): ContentProblem {
  const path = issue.path as FieldPath;
  const value = valueAt(source.value, path);
  const position = source.locate(issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path);
  const base = {
    file,
    line: position?.line,
    column: position?.column,
    field: describePath(path),
    severity: 'error' as const,
  };
  const expected = descriptionAt(schema, path, source.value);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path, source.value);
      const key = issue.keys[0];
      const suggestion = closest(key, allowed);
      return {
        ...base,
        field: describePath([...path, key]),
        message: `"${key}" is not a field this part of the report has.`,
        found: key,
        expected: allowed.length ? `one of: ${allowed.join(', ')}` : undefined,
        fix: suggestion ? `Did you mean "${suggestion}"? Correct the spelling.` : 'Remove it, or check its spelling and indentation.',
      };
    }
    case 'invalid_type':
      if (value === undefined) {
        return {
          ...base,
          message: `The field "${String(path.at(-1) ?? 'file')}" is missing.`,
          expected,
          fix: `Add "${String(path.at(-1))}:" here with a value.`,
        };
      }
      return {
        ...base,
        message: `This should be ${typeInWords(issue.expected)}, but it is ${describeValueType(value)}.`,
        found: showValue(value),
        expected: issue.expected === 'object' ? fieldsItTakes(schema, path, source.value, expected) : expected,
        fix: value === null ? fixForEmpty(schema, path, source.value) : fixForType(issue.expected, value),
      };
    case 'invalid_value':
      return {
        ...base,
        message: 'This value is not one of the allowed choices.',
        found: showValue(value),
        expected: `one of: ${issue.values.map(String).join(', ')}`,
        fix: 'Use one of the allowed choices exactly as written (lower case matters).',
      };
    default:
      return {
        ...base,
        message: issue.message,
        found: value === undefined ? undefined : showValue(value),
        expected,
        fix: issue.code === 'too_small' && Array.isArray(value) ? 'Add at least one item.' : 'Correct the value as described.',
      };
  }
}

function valueAt(root: unknown, path: FieldPath): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** "figures → 3rd item → value": the path in words, items counted from 1. */
export function describePath(path: FieldPath): string | undefined {
  if (path.length === 0) return undefined;
  return path.map((key) => (typeof key === 'number' ? `item ${key + 1}` : String(key))).join(' → ');
}

/** Of a list item that may take one of several shapes ("kind: share"), the shape the written value names. */
function optionFor(definition: SchemaDefinition, value: unknown): z.ZodType | undefined {
  const { discriminator, options = [] } = definition;
  if (!discriminator || value === null || typeof value !== 'object') return undefined;
  const named = (value as Record<string, unknown>)[discriminator];
  return options.find((option) => definitionOf(option).shape?.[discriminator]?.safeParse(named).success);
}

/** Follows the path through the schema, through optional and nullable wrappers and to the shape the value chose. */
function schemaAt(schema: z.ZodType, path: FieldPath, root: unknown): z.ZodType[] {
  const chain: z.ZodType[] = [];
  let current: z.ZodType | undefined = schema;
  let value = root;
  const unwrap = () => {
    while (current) {
      chain.push(current);
      const definition: SchemaDefinition = definitionOf(current);
      if (definition.type === 'optional' || definition.type === 'nullable' || definition.type === 'default') current = definition.innerType;
      else if (definition.type === 'pipe') current = definition.in;
      else if (definition.type === 'union') current = optionFor(definition, value);
      else break;
    }
  };
  unwrap();
  for (const key of path) {
    value = valueAt(value, [key]);
    const definition: SchemaDefinition | undefined = current ? definitionOf(current) : undefined;
    if (definition?.type === 'object' && typeof key === 'string') current = definition.shape?.[key];
    else if (definition?.type === 'array') current = definition.element;
    else return [];
    chain.length = 0;
    unwrap();
  }
  return chain;
}

function descriptionAt(schema: z.ZodType, path: FieldPath, root: unknown): string | undefined {
  return schemaAt(schema, path, root).find((node) => node.description)?.description;
}

function allowedKeys(schema: z.ZodType, path: FieldPath, root: unknown): string[] {
  for (const node of schemaAt(schema, path, root)) {
    const definition = definitionOf(node);
    if (definition.type === 'object' && definition.shape) return Object.keys(definition.shape);
  }
  return [];
}

/** What a group of fields holds, with the names of the fields it takes, so an error says what to write. */
function fieldsItTakes(schema: z.ZodType, path: FieldPath, root: unknown, description: string | undefined): string | undefined {
  const keys = allowedKeys(schema, path, root);
  if (keys.length === 0) return description;
  return `${description ? `${description} ` : ''}Its fields, each on its own line indented below: ${keys.join(', ')}.`;
}

/** An empty value: a field that may be left out can simply be removed; a needed one must be filled in. */
function fixForEmpty(schema: z.ZodType, path: FieldPath, root: unknown): string {
  const optional = schemaAt(schema, path, root).some((node) => definitionOf(node).type === 'optional');
  return optional
    ? 'Write the value after the colon, or delete the line if the report does not give it.'
    : 'Write the value after the colon: this field is needed.';
}

/** The words of a field name: "meetingDate" is "meeting" and "date". */
const wordsOf = (name: string) => name.split(/(?=\p{Lu})|[-_\s]/u).map((part) => part.toLowerCase()).filter(Boolean);

/**
 * The allowed key a mistyped one most likely meant: the nearest by edit
 * distance when it is close enough to be a typo, or else the one key that
 * has the typed word, or the start of one, as one of its words ("date" for
 * "meetingDate", "comment" for "commentary").
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (best && best.distance <= Math.max(2, Math.floor(word.length / 3))) return best.candidate;
  const typed = wordsOf(word);
  const sharing = candidates.filter((candidate) =>
    typed.some((part) => part.length >= 3 && wordsOf(candidate).some((other) => other === part || (part.length >= 4 && other.startsWith(part)))),
  );
  return sharing.length === 1 ? sharing[0] : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function typeInWords(expected: string): string {
  const words: Record<string, string> = {
    number: 'a number',
    string: 'text',
    array: 'a list (lines starting with "- ")',
    object: 'a group of fields',
    boolean: 'true or false',
  };
  return words[expected] ?? expected;
}

function describeValueType(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function showValue(value: unknown): string {
  if (value === null) return '(nothing)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return `a group of fields (${Object.keys(value as object).join(', ')})`;
  return String(value);
}

function fixForType(expected: string, value: unknown): string {
  if (expected === 'number' && typeof value === 'string') {
    return 'Write the number alone, without quotes, commas, % or £ signs: for example 4380, not "4,380".';
  }
  if (expected === 'string') return 'Write the text after the colon; put it in quotes if it contains a colon or starts with a number.';
  if (expected === 'array') return 'Write each item on its own line, starting with "- ".';
  if (expected === 'object') return 'Indent the fields that belong here by two more spaces than this line.';
  return 'Correct the value as described.';
}
