import { runChecks } from './checks/run-checks.ts';
import type { ContentProblem } from './load/content-problem.ts';
import { loadContent } from './load/load-content.ts';
import type { SourceIndex } from './load/source-files.ts';
import { judgeFindings, stopsTheBuild } from './judge-findings.ts';
import type { Site } from './report-year.ts';
import type { Privacy } from './schemas/privacy.ts';

/*
 * Three steps: loading (src/model/load/) reads the files into the model and
 * reports only what cannot be read; the checks (src/model/checks/, all run by
 * run-checks.ts) judge what was read and give each finding a severity;
 * judge-findings.ts decides what each finding means (an error that stops the
 * build, a warning, a line in the review report).
 */

export interface InspectOptions {
  /**
   * Compare published years with their recorded fingerprints (the default).
   * Only `npm run publish-year` turns this off, because recording a new
   * fingerprint is how it answers that check.
   */
  frozen?: boolean;
  /**
   * Whether having no reporting year is an error (the default). Only
   * `npm run new-year` turns this off: starting the first year is what it is
   * for, and it still needs the rest of the site to be right.
   */
  yearsRequired?: boolean;
  /**
   * Where the spelling check keeps the words the dictionary has accepted, so
   * an unchanged report is checked without loading it. The commands keep it
   * in .cache/; left out, every run looks every word up.
   */
  dictionaryCacheFile?: string;
  /** Today as YYYY-MM-DD, for how old the accessibility statement's review is; the real date unless a test sets it. */
  today?: string;
}

export interface Inspection {
  /**
   * The validated, checked model. Present only when no finding stops the
   * build: every file could be read and every check passed (warnings aside).
   */
  site?: Site;
  /** Every finding, with the severity judge-findings.ts gave it: what the review report lists. */
  problems: ContentProblem[];
  /** What was read from each file, for naming the line a piece of built text came from. */
  sources: SourceIndex;
  privacy: Privacy;
  privacyFile: string;
}

/**
 * The one way in to the content, for every command, the Astro content loader
 * and the tests: loads the whole site, runs every check on it and judges the
 * findings, returning every problem rather than stopping at the first. The
 * site it returns has passed every check; when any finding is an error there
 * is no site.
 */
export async function inspectSite(root: string, options: InspectOptions = {}): Promise<Inspection> {
  const content = loadContent(root);
  const checked = await runChecks(content, {
    root,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    frozen: options.frozen !== false,
    yearsRequired: options.yearsRequired !== false,
    dictionaryCacheFile: options.dictionaryCacheFile,
  });
  const problems = judgeFindings([...content.problems, ...checked], content.knownIssues, new Set(content.years.map((year) => year.id)), content.sources);
  const site = content.site && !problems.some(stopsTheBuild) ? content.site : undefined;
  return { site, problems, sources: content.sources, privacy: content.privacy, privacyFile: content.privacyFile };
}
