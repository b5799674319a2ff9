import { checkAccessibilityStatement } from './checks/accessibility-statement.ts';
import { checkCarriedPriorities } from './checks/carried-priorities.ts';
import { checkCoverReportDrafts } from './checks/cover-report-drafts.ts';
import { checkCoverReportSections } from './checks/cover-report-sections.ts';
import { checkFrozenYear } from './checks/frozen-year.ts';
import { checkImpactStatements } from './checks/impact-statements.ts';
import { applyKnownIssues } from './checks/known-issues.ts';
import { checkPublicationRecord } from './checks/publication-record.ts';
import { runChecks } from './checks/run-checks.ts';
import { checkStatutoryCoverage } from './checks/statutory-coverage.ts';
import type { ContentProblem } from './load/content-problem.ts';
import { privacyFile, readSite, readWords, wordsFile } from './load/load-site.ts';
import { currentFileHashes, readFingerprint } from './load/year-fingerprint.ts';
import { yamlLineFinder } from './load/yaml-line-finder.ts';
import type { Site } from './report-year.ts';
import { strictPrivacy, type Privacy } from './schemas/privacy.ts';
import type { SourceIndex } from './load/source-files.ts';

/*
 * The pipeline above loading and checking: the loader reads the files into
 * the model and knows no rule; the checks read the model and return findings;
 * the commands decide what the findings mean (a stopped build, a warning, a
 * line in the review report).
 */

export interface InspectOptions {
  /**
   * Compare published years with their recorded fingerprints (the default).
   * Only `npm run publish-year` turns this off, because recording a new
   * fingerprint is how it answers that check.
   */
  frozen?: boolean;
  /**
   * Where the spelling check keeps the words the dictionary has accepted, so
   * an unchanged report is checked without loading it. The commands keep it
   * in .cache/; left out, every run looks every word up.
   */
  dictionaryCacheFile?: string;
}

/**
 * Loads and validates the whole site's content and runs every check on it,
 * returning every problem rather than stopping at the first. The site is
 * returned only when there is no error.
 */
export async function inspectSite(
  root: string,
  options: InspectOptions = {},
): Promise<{ site?: Site; problems: ContentProblem[]; sources: SourceIndex; privacy: Privacy; privacyFile: string }> {
  const read = readSite(root);
  const checked = await runChecks({
    root,
    sources: read.sources,
    years: read.years,
    partnership: read.partnership,
    glossary: read.glossary,
    privacy: read.privacy ?? strictPrivacy,
    privacyFile,
    words: { file: wordsFile, list: readWords(root) },
    dictionaryCacheFile: options.dictionaryCacheFile,
  });
  if (read.accessibility) checked.push(...checkAccessibilityStatement(read.accessibility, new Date().toISOString().slice(0, 10)));
  for (const year of read.years) {
    checked.push(...checkStatutoryCoverage(year), ...checkImpactStatements(year), ...checkPublicationRecord(year), ...checkCoverReportDrafts(year), ...checkCoverReportSections(year));
    if (options.frozen !== false) {
      const recorded = readFingerprint(root, year.id);
      checked.push(...recorded.problems, ...checkFrozenYear(year, recorded.fingerprint, currentFileHashes(root, year.id)));
    }
  }
  checked.push(...checkCarriedPriorities(read.years, yamlLineFinder(root)));
  const problems = applyKnownIssues([...read.problems, ...checked], read.knownIssues, new Set(read.years.map((year) => year.id)), read.sources);
  const site = read.site && !problems.some((problem) => problem.severity === 'error') ? read.site : undefined;
  return { site, problems, sources: read.sources, privacy: read.privacy ?? strictPrivacy, privacyFile };
}

