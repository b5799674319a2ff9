import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportYear, Site } from '../report-year.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { partnershipSchema } from '../schemas/partnership.ts';
import { checkCarriedPriorities } from '../checks/carried-priorities.ts';
import { checkChildText } from '../checks/child-text.ts';
import { yamlLineFinder } from './yaml-line-finder.ts';
import { checkReferences } from './check-references.ts';
import { ContentError, type ContentProblem } from './content-problem.ts';
import { loadYamlFile, loadYear } from './load-year.ts';

const yearFolder = /^\d{4}-\d{2}$/;

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

/** Loads and validates the whole site's content, returning every problem rather than stopping at the first. */
export function inspectSite(root: string): { site?: Site; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const partnership = loadYamlFile(root, 'data/partnership.yaml', partnershipSchema);
  const glossary = loadYamlFile(root, 'data/glossary.yaml', glossarySchema);
  problems.push(...partnership.problems, ...glossary.problems);

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
    const result = loadYear(root, id);
    problems.push(...result.problems);
    if (result.year) years.push(result.year);
  }
  if (partnership.data) problems.push(...checkReferences(years, partnership.data));
  for (const year of years) problems.push(...checkChildText(year));
  problems.push(...checkCarriedPriorities(years, yamlLineFinder(root)));

  if (!partnership.data || !glossary.data || problems.some((problem) => problem.severity === 'error')) return { problems };
  return { site: { partnership: partnership.data, glossary: glossary.data, years }, problems };
}

/** Loads the site for building: throws a ContentError listing every error if anything is wrong. */
export function loadSite(root: string): Site {
  const { site, problems } = inspectSite(root);
  if (!site) throw new ContentError(problems);
  return site;
}
