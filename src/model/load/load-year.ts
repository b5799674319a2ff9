import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Narrative, ReportYear } from '../report-year.ts';
import { examplePath } from '../example-files.ts';
import { narrativeFrontMatter, type NarrativeFrontMatter } from '../schemas/narrative.ts';
import { coverReportSchema } from '../schemas/cover-report.ts';
import { reportMetaSchema, type ReportMeta } from '../schemas/report-meta.ts';
import { partByFile, partReaders, type DataPart, type PartValues } from '../report-parts.ts';
import { narrativeFiles } from '../sections.ts';
import type { ContentProblem } from './content-problem.ts';
import { readMarkdown } from './read-markdown.ts';
import type { SourceIndex } from './source-files.ts';
import { validateWithSchema } from './schema-issues.ts';
import { parseYamlSource } from './yaml-source.ts';
import { isUnfilledMarkdown, isUnfilledYaml } from './unfilled.ts';

/** Reads and validates one YAML file; problems carry its path relative to the root, and the file is kept in `sources` for later checks. */
export function loadYamlFile<T>(root: string, relativePath: string, schema: z.ZodType<T>, sources?: SourceIndex): { data?: T; problems: ContentProblem[] } {
  if (!existsSync(join(root, relativePath))) {
    return { problems: [{ file: relativePath, message: 'This file is missing.', fix: `Create ${relativePath}; see ${examplePath(relativePath)} for a filled-in example.`, severity: 'error' }] };
  }
  const text = readFileSync(join(root, relativePath), 'utf8');
  const { source, problems } = parseYamlSource(text, relativePath);
  sources?.add({ file: relativePath, text, yaml: source });
  if (!source) return { problems };
  if (source.value === null || source.value === undefined) {
    return {
      problems: [{ file: relativePath, message: 'This file is empty.', fix: 'Fill it in, or delete it if the year has no such part.', severity: 'error' }],
    };
  }
  const result = validateWithSchema(schema, source, relativePath);
  return { data: result.data, problems: [...problems, ...result.problems] };
}

/** Reads one data part's file and keeps what the year holds of it, typed by the part. */
function loadPart<P extends DataPart>(part: P, root: string, relativePath: string, parts: YearParts, sources?: SourceIndex): ContentProblem[] {
  const { schema, read } = partReaders[part];
  const result = loadYamlFile(root, relativePath, schema, sources);
  if (result.data !== undefined) parts[part] = read(result.data);
  return result.problems;
}

/** The data parts a year has files for. */
type YearParts = Partial<PartValues>;

/**
 * Loads data/<id>/ and content/<id>/ into one validated ReportYear, collecting
 * every problem. The year's known issues are returned even when another of
 * its files has an error, so the problems they explain stay explained and one
 * mistake is reported as one.
 */
export function loadYear(
  root: string,
  id: string,
  sources?: SourceIndex,
): { year?: ReportYear; knownIssues?: NonNullable<ReportYear['knownIssues']>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const dataDir = `data/${id}`;
  const contentDir = `content/${id}`;

  const metaPath = `${dataDir}/report.yaml`;
  let meta: ReportMeta | undefined;
  if (!existsSync(join(root, metaPath))) {
    problems.push({
      file: metaPath,
      message: `The year ${id} has no report.yaml, which says what the report is.`,
      fix: `Create ${metaPath} with the title, period, status and summary (copy last year’s and change it).`,
      severity: 'error',
    });
  } else {
    const result = loadYamlFile(root, metaPath, reportMetaSchema, sources);
    problems.push(...result.problems);
    meta = result.data;
  }

  const parts: YearParts = {};
  // A draft's files that still hold only the guidance comments the new-year command wrote.
  const unfilled: string[] = [];
  for (const name of listFiles(root, dataDir)) {
    // report.yaml is read above; fingerprint.yaml is read by the frozen-year check.
    if (name === 'report.yaml' || name === 'fingerprint.yaml') continue;
    const relativePath = `${dataDir}/${name}`;
    const part = partByFile.get(name);
    if (!part) {
      problems.push({
        file: relativePath,
        message: `"${name}" is not a file the report knows about, so it would be ignored.`,
        expected: `one of: report.yaml, ${[...partByFile.keys()].join(', ')}`,
        fix: 'Rename it to one of the expected names (check the spelling and the .yaml ending), or move it out of the folder.',
        severity: 'error',
      });
      continue;
    }
    if (meta?.status === 'draft' && isUnfilledYaml(readFileSync(join(root, relativePath), 'utf8'))) {
      unfilled.push(relativePath);
      continue;
    }
    problems.push(...loadPart(part, root, relativePath, parts, sources));
  }

  const coverReports: NonNullable<ReportYear['coverReports']> = [];
  const coverDir = `${dataDir}/committee-reports`;
  for (const name of listFiles(root, coverDir)) {
    const relativePath = `${coverDir}/${name}`;
    const id = name.replace(/\.ya?ml$/, '');
    if (id === name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      problems.push({
        file: relativePath,
        message: 'A committee report file needs a name in lower case with hyphens, ending .yaml.',
        found: name,
        fix: 'Rename it after the meeting, for example children-scrutiny-2025-11.yaml.',
        severity: 'error',
      });
      continue;
    }
    const result = loadYamlFile(root, relativePath, coverReportSchema, sources);
    problems.push(...result.problems);
    if (result.data) coverReports.push({ id, report: result.data });
  }

  const narrative: Record<string, Narrative> = {};
  for (const name of listFiles(root, contentDir)) {
    const relativePath = `${contentDir}/${name}`;
    const stem = name.replace(/\.md$/, '');
    const kind = name.endsWith('.md') ? narrativeFiles.get(stem) : undefined;
    if (!kind) {
      problems.push({
        file: relativePath,
        message: `"${name}" is not a section the report knows about, so it would be ignored.`,
        expected: `one of: ${[...narrativeFiles.keys()].map((file) => `${file}.md`).join(', ')}`,
        fix: 'Rename it to one of the expected names, or move it out of the folder.',
        severity: 'error',
      });
      continue;
    }
    const text = readFileSync(join(root, relativePath), 'utf8');
    if (meta?.status === 'draft' && isUnfilledMarkdown(text)) {
      unfilled.push(relativePath);
      continue;
    }
    const schema = narrativeFrontMatter[kind] as z.ZodType<NarrativeFrontMatter>;
    const result = readMarkdown(text, relativePath, schema);
    if (result.source) sources?.add(result.source);
    problems.push(...result.problems);
    if (!result.frontMatter) continue;
    narrative[stem] =
      kind === 'children'
        ? { file: relativePath, body: result.body, children: result.frontMatter as NonNullable<NarrativeFrontMatter['children']> }
        : { ...result.frontMatter, file: relativePath, body: result.body };
  }

  if (unfilled.length > 0) {
    problems.push({
      file: dataDir,
      message: `The draft ${id} has ${unfilled.length} part${unfilled.length === 1 ? '' : 's'} not filled in yet, left out of the report until written: ${unfilled.map((path) => path.split('/').pop()).join(', ')}.`,
      fix: 'Fill each one in as the year’s report is written, following the comments in the file; delete any the year will not have.',
      severity: 'warning',
    });
  }
  const { knownIssues } = parts;
  if (!meta || problems.some((problem) => problem.severity === 'error')) return { knownIssues, problems };
  const year: ReportYear = { id, meta, narrative, ...parts, ...(coverReports.length ? { coverReports } : {}) };
  return { year, knownIssues, problems };
}

function listFiles(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}
