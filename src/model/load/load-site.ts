import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportYear, Site } from '../report-year.ts';
import { accessibilityStatementSchema } from '../schemas/accessibility-statement.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { partnershipSchema } from '../schemas/partnership.ts';
import { checkAccessibilityStatement } from '../checks/accessibility-statement.ts';
import { checkChildText } from '../checks/child-text.ts';
import { checkFrozenYear } from '../checks/frozen-year.ts';
import { checkImpactStatements } from '../checks/impact-statements.ts';
import { checkPublicationRecord } from '../checks/publication-record.ts';
import { checkStatutoryCoverage } from '../checks/statutory-coverage.ts';
import { checkReferences } from './check-references.ts';
import { ContentError, type ContentProblem } from './content-problem.ts';
import { loadYamlFile, loadYear } from './load-year.ts';
import { currentFileHashes, readFingerprint } from './year-fingerprint.ts';

export interface InspectOptions {
  /**
   * Compare published years with their recorded fingerprints (the default).
   * Only `npm run publish-year` turns this off, because recording a new
   * fingerprint is how it answers that check.
   */
  frozen?: boolean;
}

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
export function inspectSite(root: string, options: InspectOptions = {}): { site?: Site; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const partnership = loadYamlFile(root, 'data/partnership.yaml', partnershipSchema);
  const glossary = loadYamlFile(root, 'data/glossary.yaml', glossarySchema);
  const accessibility = loadYamlFile(root, 'data/accessibility.yaml', accessibilityStatementSchema);
  problems.push(...partnership.problems, ...glossary.problems, ...accessibility.problems);

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
  if (accessibility.data) problems.push(...checkAccessibilityStatement(accessibility.data, new Date().toISOString().slice(0, 10)));
  for (const year of years) {
    problems.push(...checkChildText(year), ...checkStatutoryCoverage(year), ...checkImpactStatements(year), ...checkPublicationRecord(year));
    if (options.frozen !== false) {
      const recorded = readFingerprint(root, year.id);
      problems.push(...recorded.problems, ...checkFrozenYear(year, recorded.fingerprint, currentFileHashes(root, year.id)));
    }
  }

  if (!partnership.data || !glossary.data || !accessibility.data || problems.some((problem) => problem.severity === 'error')) return { problems };
  return { site: { partnership: partnership.data, glossary: glossary.data, accessibility: accessibility.data, years }, problems };
}

/** Loads the site for building: throws a ContentError listing every error if anything is wrong. */
export function loadSite(root: string): Site {
  const { site, problems } = inspectSite(root);
  if (!site) throw new ContentError(problems);
  return site;
}
