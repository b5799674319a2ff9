import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nationalGlossaryFile, nationalRoot, nationalWordsFile } from '../national/national-files.ts';
import type { GlossaryFile } from '../checks/glossary-clashes.ts';
import type { FileHashes } from '../compute/content-fingerprint.ts';
import type { ReportYear, Site } from '../report-year.ts';
import { accessibilityStatementSchema, type AccessibilityStatement } from '../schemas/accessibility-statement.ts';
import type { Fingerprint } from '../schemas/fingerprint.ts';
import { glossarySchema, type Glossary } from '../schemas/glossary.ts';
import type { KnownIssue } from '../schemas/known-issue.ts';
import { partnershipSchema, type Partnership } from '../schemas/partnership.ts';
import { privacySchema, strictPrivacy, type Privacy } from '../schemas/privacy.ts';
import type { ContentProblem } from './content-problem.ts';
import { loadYamlFile, loadYear } from './load-year.ts';
import { SourceIndex } from './source-files.ts';
import { unknownSettingsFiles } from './settings-files.ts';
import { alphabeticalTerms } from '../compute/alphabetical-terms.ts';
import { currentFileHashes, readFingerprint } from './year-fingerprint.ts';

const yearFolder = /^\d{4}-\d{2}$/;
const privacyFile = 'data/privacy.yaml';
const wordsFile = 'data/words.txt';
const localGlossaryFile = 'data/glossary.yaml';

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
function readWords(root: string): string[] {
  return [join(nationalRoot, nationalWordsFile), join(root, wordsFile)].flatMap((full) => {
    if (!existsSync(full)) return [];
    return readFileSync(full, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
  });
}

/** What loading read: the model and everything the checks need beside it. Nothing in it has been checked yet. */
export interface LoadedContent {
  /** The model, when every file it needs could be read; `inspectSite` hands it on only once every check has passed. */
  site?: Site;
  /** What could not be read: a missing file, a YAML or schema error, a file or folder the report does not know. */
  problems: ContentProblem[];
  /** What was read from each file, for the checks' line numbers and the prose checks. */
  sources: SourceIndex;
  /** Every year folder found, whether or not its files could be read. */
  yearIds: string[];
  /** The years whose files could all be read, oldest first. */
  years: ReportYear[];
  /** Each year's known issues, read even when another file of the year has an error, so the problems they explain stay explained. */
  knownIssues: Map<string, KnownIssue[]>;
  partnership?: Partnership;
  /** The national glossary and the partnership's own as one list. */
  glossary?: Glossary;
  /** The two glossary files as written, for the check that they do not disagree. */
  glossaryFiles: { national?: GlossaryFile; local?: GlossaryFile };
  accessibility?: AccessibilityStatement;
  privacy: Privacy;
  privacyFile: string;
  /** The word lists, national and the partnership's own, for the spelling and abbreviation checks. */
  words: { file: string; list: string[] };
  /** Each year's fingerprint as recorded when it was published, and its files' hashes now. */
  fingerprints: Map<string, { recorded?: Fingerprint; current: FileHashes }>;
}

/**
 * Reads every file and validates it against its schema. It reports only what
 * cannot be read; every judgement of what was read is a check in
 * src/model/checks/. Only `inspectSite` calls it: the model is not for the
 * views until it has been checked.
 */
export function loadContent(root: string): LoadedContent {
  const problems: ContentProblem[] = [];
  const sources = new SourceIndex();
  const partnership = loadYamlFile(root, 'data/partnership.yaml', partnershipSchema, sources);
  const localGlossary = loadYamlFile(root, localGlossaryFile, glossarySchema, sources);
  const nationalGlossary = loadYamlFile(nationalRoot, nationalGlossaryFile, glossarySchema, sources);
  const glossary = localGlossary.data ? { terms: alphabeticalTerms(nationalGlossary.data?.terms ?? [], localGlossary.data.terms) } : undefined;
  const accessibility = loadYamlFile(root, 'data/accessibility.yaml', accessibilityStatementSchema, sources);
  const privacy = existsSync(join(root, privacyFile)) ? loadYamlFile(root, privacyFile, privacySchema, sources) : { data: strictPrivacy, problems: [] };
  problems.push(...partnership.problems, ...nationalGlossary.problems, ...localGlossary.problems, ...accessibility.problems, ...privacy.problems);
  problems.push(...unknownSettingsFiles(root));

  const years: ReportYear[] = [];
  const knownIssues = new Map<string, KnownIssue[]>();
  const fingerprints = new Map<string, { recorded?: Fingerprint; current: FileHashes }>();
  const { ids, problems: folderProblems } = findYearIds(root);
  problems.push(...folderProblems);
  for (const id of ids) {
    const result = loadYear(root, id, sources);
    problems.push(...result.problems);
    if (result.year) years.push(result.year);
    if (result.knownIssues) knownIssues.set(id, result.knownIssues);
    const recorded = readFingerprint(root, id);
    problems.push(...recorded.problems);
    fingerprints.set(id, { recorded: recorded.fingerprint, current: currentFileHashes(root, id) });
  }
  const site: Site | undefined =
    partnership.data && glossary && accessibility.data && !problems.some((problem) => problem.severity === 'error')
      ? { partnership: partnership.data, glossary, accessibility: accessibility.data, years }
      : undefined;
  return {
    site,
    problems,
    sources,
    yearIds: ids,
    years,
    knownIssues,
    partnership: partnership.data,
    glossary,
    glossaryFiles: {
      national: nationalGlossary.data ? { file: nationalGlossaryFile, glossary: nationalGlossary.data } : undefined,
      local: localGlossary.data ? { file: localGlossaryFile, glossary: localGlossary.data } : undefined,
    },
    accessibility: accessibility.data,
    privacy: privacy.data ?? strictPrivacy,
    privacyFile,
    words: { file: wordsFile, list: readWords(root) },
    fingerprints,
  };
}
