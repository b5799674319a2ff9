import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nationalGlossaryFile, nationalRoot, nationalWordsFile } from '../national/national-files.ts';
import type { ReportYear, Site } from '../report-year.ts';
import { accessibilityStatementSchema } from '../schemas/accessibility-statement.ts';
import { glossarySchema, type Glossary } from '../schemas/glossary.ts';
import { partnershipSchema } from '../schemas/partnership.ts';
import { privacySchema, strictPrivacy, type Privacy } from '../schemas/privacy.ts';
import { checkReferences } from './check-references.ts';
import { ContentError, type ContentProblem } from './content-problem.ts';
import { loadYamlFile, loadYear } from './load-year.ts';
import { SourceIndex } from './source-files.ts';

const yearFolder = /^\d{4}-\d{2}$/;
export const privacyFile = 'data/privacy.yaml';
export const wordsFile = 'data/words.txt';

/**
 * Every reporting year that has a folder in data/ or content/, oldest
 * first, and a problem for each other folder there: one named almost like a
 * year ("2025-26 " with a space, "..2025-26", "2025-2026") would otherwise be
 * silently left out of the report.
 */
export function findYearIds(root: string): { ids: string[]; problems: ContentProblem[] } {
  const ids = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const dir of ['data', 'content']) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      if (yearFolder.test(entry.name)) {
        ids.add(entry.name);
        continue;
      }
      const likely = /(\d{4})\D*(\d{2,4})?/.exec(entry.name);
      const suggestion = likely ? `${likely[1]}-${String(likely[2] ? Number(likely[2]) % 100 : (Number(likely[1]) + 1) % 100).padStart(2, '0')}` : '2025-26';
      problems.push({
        file: `${dir}/${entry.name}/`,
        message: `The folder "${entry.name}" is not named like a reporting year, so nothing in it would be in the report.`,
        found: JSON.stringify(entry.name),
        expected: 'the year it starts and the last two digits of the next, with a hyphen and nothing else, for example 2025-26',
        fix: `Rename the folder to ${suggestion} (check for spaces or dots at either end), or move it out of ${dir}/.`,
        severity: 'error',
      });
    }
  }
  return { ids: [...ids].sort(), problems };
}

/** The word lists, national and the partnership's own: one word a line; blank lines and lines starting # are ignored. */
export function readWords(root: string): string[] {
  return [join(nationalRoot, nationalWordsFile), join(root, wordsFile)].flatMap((full) => {
    if (!existsSync(full)) return [];
    return readFileSync(full, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
  });
}

/**
 * The national glossary and the partnership's own as one. An abbreviation in
 * both is an error: two expansions of one term would leave readers unsure.
 */
function mergeGlossaries(national: Glossary | undefined, local: Glossary, sources: SourceIndex): { glossary: Glossary; problems: ContentProblem[] } {
  const nationalTerms = national?.terms ?? [];
  const problems = local.terms.flatMap((term, index): ContentProblem[] => {
    const nationalIndex = nationalTerms.findIndex((candidate) => candidate.abbreviation === term.abbreviation);
    if (nationalIndex === -1) return [];
    return [
      {
        file: 'data/glossary.yaml',
        line: sources.lineOf('data/glossary.yaml', ['terms', index]),
        field: `terms → item ${index + 1}`,
        message: `"${term.abbreviation}" is already in ${nationalGlossaryFile} (line ${sources.lineOf(nationalGlossaryFile, ['terms', nationalIndex]) ?? '?'}), as "${nationalTerms[nationalIndex].expansion}".`,
        found: `${term.abbreviation}: ${term.expansion}`,
        fix: `Delete it here if the national expansion is right; if this partnership means something else by it, write the words out in the text instead.`,
        severity: 'error',
      },
    ];
  });
  return { glossary: { terms: [...nationalTerms, ...local.terms] }, problems };
}

/**
 * Reads every file and validates it against its schema: the model the views
 * need, the problems found so far, and what was read, for the checks.
 */
export function readSite(root: string) {
  const problems: ContentProblem[] = [];
  const sources = new SourceIndex();
  const partnership = loadYamlFile(root, 'data/partnership.yaml', partnershipSchema, sources);
  const localGlossary = loadYamlFile(root, 'data/glossary.yaml', glossarySchema, sources);
  const nationalGlossary = loadYamlFile(nationalRoot, nationalGlossaryFile, glossarySchema, sources);
  const merged = localGlossary.data ? mergeGlossaries(nationalGlossary.data, localGlossary.data, sources) : undefined;
  const glossary = { data: merged?.glossary, problems: [...nationalGlossary.problems, ...localGlossary.problems, ...(merged?.problems ?? [])] };
  const accessibility = loadYamlFile(root, 'data/accessibility.yaml', accessibilityStatementSchema, sources);
  const privacy = existsSync(join(root, privacyFile)) ? loadYamlFile(root, privacyFile, privacySchema, sources) : { data: strictPrivacy, problems: [] };
  problems.push(...partnership.problems, ...glossary.problems, ...accessibility.problems, ...privacy.problems);

  const years: ReportYear[] = [];
  const knownIssues = new Map<string, NonNullable<ReportYear['knownIssues']>>();
  const { ids, problems: folderProblems } = findYearIds(root);
  problems.push(...folderProblems);
  if (ids.length === 0) {
    problems.push({
      file: 'data/',
      message: 'There are no reporting years: no folder named like 2024-25 in data/ or content/.',
      fix: 'Start one with npm run new-year -- <year>, for example npm run new-year -- 2025-26.',
      severity: 'error',
      check: 'reporting-years',
    });
  }
  for (const id of ids) {
    const result = loadYear(root, id, sources);
    problems.push(...result.problems);
    if (result.year) years.push(result.year);
    if (result.knownIssues) knownIssues.set(id, result.knownIssues);
  }
  if (partnership.data) problems.push(...checkReferences(years, partnership.data, sources));
  const site: Site | undefined =
    partnership.data && glossary.data && accessibility.data && !problems.some((problem) => problem.severity === 'error')
      ? { partnership: partnership.data, glossary: glossary.data, accessibility: accessibility.data, years }
      : undefined;
  return { site, problems, sources, years, knownIssues, partnership: partnership.data, glossary: glossary.data, accessibility: accessibility.data, privacy: privacy.data };
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
