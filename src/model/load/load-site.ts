import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportYear, Site } from '../report-year.ts';
import { accessibilityStatementSchema } from '../schemas/accessibility-statement.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { partnershipSchema } from '../schemas/partnership.ts';
import { privacySchema, strictPrivacy } from '../schemas/privacy.ts';
import { checkReferences } from './check-references.ts';
import { ContentError, type ContentProblem } from './content-problem.ts';
import { loadYamlFile, loadYear } from './load-year.ts';
import { SourceIndex } from './source-files.ts';

const yearFolder = /^\d{4}-\d{2}$/;
export const privacyFile = 'data/privacy.yaml';
export const wordsFile = 'data/words.txt';

/** Every reporting year that has a folder in data/ or content/, oldest first. */
export function findYearIds(root: string): string[] {
  const ids = new Set<string>();
  for (const dir of ['data', 'content']) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      if (entry.isDirectory() && yearFolder.test(entry.name)) ids.add(entry.name);
    }
  }
  return [...ids].sort();
}

/** The project's word list: one word a line; blank lines and lines starting # are ignored. */
export function readWords(root: string): string[] {
  const full = join(root, wordsFile);
  if (!existsSync(full)) return [];
  return readFileSync(full, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Reads every file and validates it against its schema: the model the views
 * need, the problems found so far, and what was read, for the checks.
 */
export function readSite(root: string) {
  const problems: ContentProblem[] = [];
  const sources = new SourceIndex();
  const partnership = loadYamlFile(root, 'data/partnership.yaml', partnershipSchema, sources);
  const glossary = loadYamlFile(root, 'data/glossary.yaml', glossarySchema, sources);
  const accessibility = loadYamlFile(root, 'data/accessibility.yaml', accessibilityStatementSchema, sources);
  const privacy = existsSync(join(root, privacyFile)) ? loadYamlFile(root, privacyFile, privacySchema, sources) : { data: strictPrivacy, problems: [] };
  problems.push(...partnership.problems, ...glossary.problems, ...accessibility.problems, ...privacy.problems);

  const years: ReportYear[] = [];
  const ids = findYearIds(root);
  if (ids.length === 0) {
    problems.push({
      file: 'data/',
      message: 'There are no reporting years: no folder named like 2024-25 in data/ or content/.',
      fix: 'Create data/<year>/report.yaml for at least one year.',
      severity: 'error',
    });
  }
  for (const id of ids) {
    const result = loadYear(root, id, sources);
    problems.push(...result.problems);
    if (result.year) years.push(result.year);
  }
  if (partnership.data) problems.push(...checkReferences(years, partnership.data, sources));
  const site: Site | undefined =
    partnership.data && glossary.data && accessibility.data && !problems.some((problem) => problem.severity === 'error')
      ? { partnership: partnership.data, glossary: glossary.data, accessibility: accessibility.data, years }
      : undefined;
  return { site, problems, sources, years, partnership: partnership.data, glossary: glossary.data, accessibility: accessibility.data, privacy: privacy.data };
}

/**
 * Loads the validated model for the views, after `npm run check` or the build
 * has run every check: throws a ContentError listing every schema error.
 */
export function loadSite(root: string): Site {
  const { site, problems } = readSite(root);
  if (!site) throw new ContentError(problems);
  return site;
}
