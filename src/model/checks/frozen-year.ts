import { compareFingerprints, isUnchanged, type FileHashes } from '../compute/content-fingerprint.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { ReportYear } from '../report-year.ts';
import type { Fingerprint } from '../schemas/fingerprint.ts';

/**
 * A published report is a public record: once its fingerprint is recorded,
 * its figures and text change only through a correction that says when,
 * what and why, the way GOV.UK publications keep change notes.
 */
export function checkFrozenYear(year: ReportYear, recorded: Fingerprint | undefined, current: FileHashes): ContentProblem[] {
  const reportFile = `data/${year.id}/report.yaml`;
  const fingerprintFile = `data/${year.id}/fingerprint.yaml`;
  const publishCommand = `npm run publish-year -- ${year.id}`;
  const corrections = year.meta.corrections?.length ?? 0;

  if (!recorded) {
    if (year.meta.status !== 'published') return [];
    return [
      {
        file: reportFile,
        field: 'status',
        message: `The report is marked published, but its fingerprint has not been recorded, so a later change to it would go unnoticed.`,
        found: 'published',
        fix: `Run "${publishCommand}" to record it (it keeps the publication date already written).`,
        severity: 'warning',
      },
    ];
  }
  if (year.meta.status !== 'published') {
    return [
      {
        file: reportFile,
        field: 'status',
        message: 'This report was published (it has a recorded fingerprint), so it cannot go back to being a draft.',
        found: year.meta.status,
        expected: 'published',
        fix: 'Set "status: published" again. To change the published report, add a correction (see the README).',
        severity: 'error',
      },
    ];
  }
  if (corrections < recorded.corrections) {
    return [
      {
        file: reportFile,
        field: 'corrections',
        message: `A correction has been removed: ${recorded.corrections} were recorded, ${corrections} are listed now. A correction is part of the public record and stays.`,
        found: `${corrections} corrections`,
        expected: `at least ${recorded.corrections}`,
        fix: 'Put the removed correction back (see the history of report.yaml in git).',
        severity: 'error',
      },
    ];
  }

  const difference = compareFingerprints(recorded.files, current);
  if (isUnchanged(difference)) return [];
  const what = [
    ...difference.changed.map((path) => `${path} (changed)`),
    ...difference.added.map((path) => `${path} (added)`),
    ...difference.removed.map((path) => `${path} (removed)`),
  ].join(', ');
  const hasNewCorrection = corrections > recorded.corrections;
  return [
    {
      file: fingerprintFile,
      message: hasNewCorrection
        ? `The published ${year.meta.title} has changed and has a new correction, but the corrected version has not been recorded yet.`
        : `The published ${year.meta.title} has changed since its fingerprint was recorded on ${recorded.recorded}, with no correction to say why.`,
      found: what,
      fix: hasNewCorrection
        ? `Run "${publishCommand}" to record the corrected version.`
        : `If this is a correction: add an entry under "corrections:" in ${reportFile} with the date, what changed and why, then run "${publishCommand}". If not, undo the change (for example "git checkout -- <file>").`,
      severity: 'error',
    },
  ];
}
