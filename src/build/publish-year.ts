/**
 * `npm run publish-year -- <year> [--date YYYY-MM-DD|unknown]`
 *
 * Marks a year as published and records its fingerprint, after which the
 * check refuses any change to it that does not come with a correction. Run
 * again after adding a correction to record the corrected version.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { compareFingerprints, isUnchanged } from '../model/compute/content-fingerprint.ts';
import { formatProblems } from '../model/load/content-problem.ts';
import { inspectSite } from '../model/inspect-site.ts';
import { stopsPublishing } from '../model/judge-findings.ts';
import { currentFileHashes, fingerprintFile, readFingerprint, writeFingerprint } from '../model/load/year-fingerprint.ts';
import { choosePublicationDate } from './choose-publication-date.ts';
import { readCommandLine } from './command-line.ts';
import { dictionaryCacheFile, projectRoot } from './project-root.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = readCommandLine({
  usage: 'npm run publish-year -- <year> [--date YYYY-MM-DD|unknown]',
  summary:
    'Marks a reporting year as published and records its fingerprint; after that, any change to it needs a correction entry in its report.yaml. ' +
    'Run it again after adding a correction to record the corrected version.',
  positionals: true,
  options: {
    date: {
      type: 'string',
      description: 'The day the report was published. Needed for a year that ended more than a year ago; "unknown" publishes it without a date.',
    },
  },
});
const yearId = positionals[0];
if (!yearId || !/^\d{4}-\d{2}$/.test(yearId)) fail('Say which year to publish, for example: npm run publish-year -- 2025-26 --date 2026-09-30');
const today = new Date().toISOString().slice(0, 10);
const reportPath = join(projectRoot, 'data', yearId, 'report.yaml');
if (!existsSync(reportPath)) fail(`There is no data/${yearId}/report.yaml. Check the year, or create it with npm run new-year -- ${yearId}.`);

// Mark it published first, so the checks below see the report as readers will.
const originalReport = readFileSync(reportPath, 'utf8');
const document = parseDocument(originalReport);
const wasDraft = document.get('status') !== 'published';
const recorded = document.get('publicationDate');
const periodEnd = document.getIn(['period', 'end']);
// A date already recorded is kept; an already published year is dated only when asked to.
const choice =
  typeof recorded === 'string' || (!wasDraft && values.date === undefined)
    ? {}
    : choosePublicationDate({ yearId, given: values.date, periodEnd: typeof periodEnd === 'string' ? periodEnd : undefined, today });
if ('refusal' in choice) fail(`${choice.refusal}\nNothing was changed.`);
const datePublished = choice.date;
if (wasDraft) document.set('status', 'published');
if (datePublished) document.set('publicationDate', datePublished);
// Rewriting an unchanged file would reflow its long lines, so it is written only when it changed.
if (wasDraft || datePublished) writeFileSync(reportPath, document.toString());

const { site, problems } = await inspectSite(projectRoot, { frozen: false, dictionaryCacheFile: dictionaryCacheFile(projectRoot) });
const year = site?.years.find((candidate) => candidate.id === yearId);
// Once published, a year is not changed to answer last year's priorities, so they must be answered now.
const unanswered = problems.filter((problem) => stopsPublishing(problem, yearId));
if (unanswered.length > 0) {
  writeFileSync(reportPath, originalReport);
  fail(`${formatProblems(unanswered)}\n\n${yearId} was not published: say what became of each priority the year before made for it.`);
}
if (!site || !year) {
  writeFileSync(reportPath, originalReport);
  fail(`${formatProblems(problems)}\n\n${yearId} was not published: fix the errors above first.`);
}

const previous = readFingerprint(projectRoot, yearId);
if (previous.problems.length > 0) fail(formatProblems(previous.problems));
const files = currentFileHashes(projectRoot, yearId);
const corrections = year.meta.corrections?.length ?? 0;
if (previous.fingerprint) {
  const difference = compareFingerprints(previous.fingerprint.files, files);
  if (isUnchanged(difference)) {
    console.log(`${yearId} has not changed since its fingerprint was recorded on ${previous.fingerprint.recorded}. Nothing to do.`);
    process.exit(0);
  }
  if (corrections <= previous.fingerprint.corrections) {
    fail(
      `${yearId} is published and has changed (${[...difference.changed, ...difference.added, ...difference.removed].join(', ')}), ` +
        `but report.yaml has no new correction.\nAdd an entry under "corrections:" in data/${yearId}/report.yaml with the date, what changed and why, then run this again.`,
    );
  }
}

writeFingerprint(projectRoot, yearId, today, corrections, files);
console.log(
  previous.fingerprint
    ? `Recorded the corrected ${year.meta.title} (${corrections} correction${corrections === 1 ? '' : 's'}).`
    : `${wasDraft ? 'Published' : 'Froze'} ${year.meta.title}: its fingerprint is in ${fingerprintFile(yearId)}. Commit ${wasDraft || datePublished ? 'it and report.yaml' : 'it'}.`,
);
