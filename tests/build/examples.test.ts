import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { splitFrontMatter } from '../../src/model/load/front-matter.ts';
import { parse } from 'yaml';
import type { z } from 'zod';
import { examplePath, exampleRoot, exampleYear } from '../../src/model/example-files.ts';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { accessibilityStatementSchema } from '../../src/model/schemas/accessibility-statement.ts';
import { coverReportSchema } from '../../src/model/schemas/cover-report.ts';
import { fingerprintSchema } from '../../src/model/schemas/fingerprint.ts';
import { glossarySchema } from '../../src/model/schemas/glossary.ts';
import { narrativeFrontMatter } from '../../src/model/schemas/narrative.ts';
import { partnershipSchema } from '../../src/model/schemas/partnership.ts';
import { privacySchema } from '../../src/model/schemas/privacy.ts';
import { reportMetaSchema } from '../../src/model/schemas/report-meta.ts';
import { narrativeFiles, sections } from '../../src/model/sections.ts';
import { dataParts, reportParts } from '../../src/model/report-parts.ts';
import { appRoot } from '../helpers/paths.ts';
import { definitionOf } from '../../src/model/schemas/schema-definition.ts';

const examples = join(appRoot, exampleRoot);
const contentIndependentTests = (folder: string) =>
  readdirSync(join(appRoot, 'tests', folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join('tests', folder, file))
    .sort();
const dataDir = `data/${exampleYear}`;
const contentDir = `content/${exampleYear}`;
const committeeReports = readdirSync(join(examples, dataDir, 'committee-reports')).map((file) => `${dataDir}/committee-reports/${file}`);


/** Every field a schema has, as a path such as "figures[].previous.period", through optional, nullable and list layers. */
function schemaFields(schema: z.ZodType, prefix = ''): string[] {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return schemaFields(definition.innerType!, prefix);
    case 'pipe':
      return schemaFields(definition.in!, prefix);
    case 'array':
      return schemaFields(definition.element!, `${prefix}[]`);
    case 'union':
      return [...new Set(definition.options!.flatMap((option) => schemaFields(option, prefix)))];
    case 'object':
      return Object.entries(definition.shape!).flatMap(([key, field]) => {
        const path = prefix ? `${prefix}.${key}` : key;
        return [path, ...schemaFields(field, path)];
      });
    default:
      return [];
  }
}

/** Every field a parsed file writes, in the same form; a field written empty (null) counts as written. */
function writtenFields(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => writtenFields(item, `${prefix}[]`));
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...writtenFields(item, path)];
  });
}

const readYaml = (path: string): unknown => parse(readFileSync(join(examples, path), 'utf8'));
const readFrontMatter = (path: string): unknown => {
  const split = splitFrontMatter(readFileSync(join(examples, path), 'utf8'));
  return split.ok ? (parse(split.matter) ?? {}) : {};
};

/** Each schema of the project, with the example files written to it. */
const schemaExamples: { name: string; schema: z.ZodType; files: string[]; read: (path: string) => unknown }[] = [
  { name: 'partnership', schema: partnershipSchema, files: ['data/partnership.yaml'], read: readYaml },
  { name: 'glossary', schema: glossarySchema, files: ['data/glossary.yaml'], read: readYaml },
  { name: 'accessibility statement', schema: accessibilityStatementSchema, files: ['data/accessibility.yaml'], read: readYaml },
  { name: 'privacy', schema: privacySchema, files: ['data/privacy.yaml'], read: readYaml },
  { name: 'report', schema: reportMetaSchema, files: [`${dataDir}/report.yaml`], read: readYaml },
  { name: 'fingerprint', schema: fingerprintSchema, files: [`${dataDir}/fingerprint.yaml`], read: readYaml },
  { name: 'committee cover report', schema: coverReportSchema, files: committeeReports, read: readYaml },
  ...dataParts.map((part) => ({ name: part, schema: reportParts[part].schema as z.ZodType, files: [`${dataDir}/${reportParts[part].file}`], read: readYaml })),
  ...Object.entries(narrativeFrontMatter).map(([kind, schema]) => ({
    name: `${kind} front matter`,
    schema: schema as z.ZodType,
    files: [...narrativeFiles].filter(([, fileKind]) => fileKind === kind).map(([file]) => `${contentDir}/${file}.md`),
    read: readFrontMatter,
  })),
];

/**
 * Fields a schema accepts where their own description says they do not
 * apply, so no honest example can write them. Keep this list short: a field
 * here is one the schema could stop accepting.
 */
const notApplicable: Record<string, string> = {
  'incomeAndExpenditure: expenditure[].partnerId': 'Income and expenditure lines share one schema, but partnerId names the partner that paid: for income only.',
  'incomeAndExpenditure: statedShares': 'Written only when a report gives shares without amounts; the example gives amounts. tests/build/stated-shares.test.ts builds a year that has them.',
  'incomeAndExpenditure: statedShares[].id': 'As statedShares.',
  'incomeAndExpenditure: statedShares[].label': 'As statedShares.',
  'incomeAndExpenditure: statedShares[].partnerId': 'As statedShares.',
  'incomeAndExpenditure: statedShares[].percent': 'As statedShares.',
};

describe('the worked example in examples/', () => {
  it('passes every content check with no error, its only warnings the known issues it shows on purpose', async () => {
    const { site, problems } = await inspectSite(examples);
    const errors = problems.filter((problem) => problem.severity === 'error');
    // A changed example is a changed published year: examples/README.md says how to record it again.
    assert.deepEqual(errors, [], `${formatProblems(errors)}\n\nAfter changing the example, see "Changing the example" in examples/README.md.`);
    const unexplained = problems.filter((problem) => !problem.message.includes('This is a known issue in the source'));
    assert.deepEqual(unexplained, [], formatProblems(unexplained));
    assert.deepEqual(site?.years.map((year) => [year.id, year.meta.status]), [[exampleYear, 'published']]);
  });

  it('has an example file for every data part the report knows', () => {
    const missing = dataParts.map((part) => `${dataDir}/${reportParts[part].file}`).filter((path) => !existsSync(join(examples, path)));
    assert.deepEqual(missing, []);
    assert.ok(committeeReports.length >= 1, 'a committee cover report');
  });

  it('has an example Markdown file for every section and for the child version', () => {
    const missing = [...narrativeFiles.keys()].map((file) => `${contentDir}/${file}.md`).filter((path) => !existsSync(join(examples, path)));
    assert.deepEqual(missing, []);
  });

  it('has the example each new year’s files and missing-file errors point to', () => {
    const named = ['data/partnership.yaml', 'data/glossary.yaml', 'data/accessibility.yaml', 'data/privacy.yaml', 'data/words.txt', 'data/2025-26/report.yaml', 'content/2025-26/children.md'];
    for (const path of named) assert.ok(existsSync(join(appRoot, examplePath(path))), examplePath(path));
  });

  it('writes every field of every schema at least once, optional ones too', () => {
    const neverWritten = schemaExamples.flatMap(({ name, schema, files, read }) => {
      const written = new Set(files.flatMap((file) => writtenFields(read(file))));
      return schemaFields(schema)
        .filter((field) => !written.has(field) && !(`${name}: ${field}` in notApplicable))
        .map((field) => `${name}: ${field} (in ${files.join(', ') || 'no file'})`);
    });
    assert.deepEqual(neverWritten, []);
  });

  it('opens every example file with a comment saying what it is for', () => {
    const files = (dir: string): string[] =>
      readdirSync(join(examples, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? (entry.name.startsWith('.') ? [] : files(`${dir}/${entry.name}`)) : [`${dir}/${entry.name}`],
      );
    const uncommented = [...files('data'), ...files('content')].filter((path) => {
      const text = readFileSync(join(examples, path), 'utf8');
      return /\.(md|svg)$/.test(path) ? !/^(?:---\n#|<!--)/.test(text) : !text.startsWith('#');
    });
    assert.deepEqual(uncommented, []);
  });
});

describe('the worked example, built', () => {
  // Built from a copy, so the build's caches never land in the repository's examples/.
  const root = mkdtempSync(join(tmpdir(), 'report-examples-'));
  const out = join(root, 'built-site');
  let built: { status: number | null; stderr: string };

  before(() => {
    cpSync(examples, join(root, 'project'), { recursive: true, filter: (source) => basename(source) !== '.cache' });
    built = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
      env: { ...process.env, CONTENT_ROOT: join(root, 'project'), BUILD_OUT_DIR: out, PDF_CACHE_DIR: join(root, 'pdf-cache') },
      encoding: 'utf8',
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('builds without errors', () => {
    assert.equal(built.status, 0, built.stderr);
  });

  it('shows the year’s page with every section the example writes', () => {
    const page = readFileSync(join(out, exampleYear, 'index.html'), 'utf8');
    assert.match(page, /Northshire Safeguarding Children Partnership/);
    const absent = sections.filter((section) => section.narrative && !page.includes(`id="${section.id}"`)).map((section) => section.id);
    assert.deepEqual(absent, []);
    assert.ok(existsSync(join(out, exampleYear, 'children', 'index.html')), 'the child version');
  });

  it('passes the tests of the site and its PDFs that hold for any partnership’s content, with only Croydon’s own tests skipped', () => {
    assert.equal(built.status, 0, built.stderr);
    // The site and print tests, run on this build as a fork's CI runs them on its own content.
    // The committee papers' tests read the review report beside the repository's own build, so they stay with it;
    // the long table is printed from a fixture of its own, whatever the content.
    const files = [...contentIndependentTests('site'), ...contentIndependentTests('print')].filter((file) => !/(committee-pdfs|long-table)\.test\.ts$/.test(file));
    const env: NodeJS.ProcessEnv = { ...process.env, SITE_DIST: out, SITE_CONTENT_ROOT: join(root, 'project') };
    // Run as a test runner of its own, not as a child reporting to this one.
    delete env.NODE_TEST_CONTEXT;
    const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', ...files], { cwd: appRoot, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(run.stdout)?.[1] ?? NaN);
    const failures = run.stdout.split('\n').filter((line) => /^\s*not ok /.test(line));
    assert.deepEqual(failures, [], run.stdout.slice(-4000));
    assert.equal(run.status, 0, run.stderr);
    assert.ok(count('pass') >= 50, `${count('pass')} tests passed`);
    const skips = [...run.stdout.matchAll(/^\s*ok \d+ - (.*) # SKIP (.*)$/gm)].map((match) => `${match[1]}: ${match[2]}`);
    assert.ok(skips.every((skip) => /Croydon/.test(skip)), `a test skipped for another reason:\n${skips.filter((skip) => !/Croydon/.test(skip)).join('\n')}`);
  });

  it('has no Croydon text anywhere in the built pages', () => {
    const pages = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
      );
    const all = pages(out);
    assert.ok(all.length >= 5, `${all.length} pages`);
    const mentioning = all.filter((page) => /croydon|cscp/i.test(readFileSync(page, 'utf8'))).map((page) => relative(out, page));
    assert.deepEqual(mentioning, []);
  });
});
