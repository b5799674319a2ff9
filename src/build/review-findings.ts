/**
 * The checks' findings, kept for the review report. The check and the build
 * write them after checking; the review pages read them while Astro builds,
 * so the review report shows exactly what that check found, without running
 * the checks a second time.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareFingerprints, type FingerprintDifference } from '../model/compute/content-fingerprint.ts';
import type { ContentProblem } from '../model/load/content-problem.ts';
import { findYearIds } from '../model/load/load-content.ts';
import { currentFileHashes, readFingerprint } from '../model/load/year-fingerprint.ts';
import { cacheDir } from './project-root.ts';
import { writeWholeFile } from './write-whole-file.ts';

export interface YearFingerprintState {
  /** When the year's fingerprint was recorded; absent for a year never published. */
  recorded?: string;
  /** What differs from it now. */
  difference?: FingerprintDifference;
}

export interface ReviewFindings {
  /** When the check ran, as an ISO timestamp. */
  checked: string;
  problems: ContentProblem[];
  fingerprints: Record<string, YearFingerprintState>;
}

export const reviewFindingsFile = (root: string): string => join(cacheDir(root), 'review-findings.json');

/** Records what the check found, and each year's state against its fingerprint, for the review report. */
export function writeReviewFindings(root: string, problems: readonly ContentProblem[], now = new Date()): ReviewFindings {
  const fingerprints: Record<string, YearFingerprintState> = {};
  for (const id of findYearIds(root).ids) {
    const { fingerprint } = readFingerprint(root, id);
    fingerprints[id] = fingerprint ? { recorded: fingerprint.recorded, difference: compareFingerprints(fingerprint.files, currentFileHashes(root, id)) } : {};
  }
  const findings: ReviewFindings = { checked: now.toISOString(), problems: [...problems], fingerprints };
  const file = reviewFindingsFile(root);
  mkdirSync(dirname(file), { recursive: true });
  writeWholeFile(file, `${JSON.stringify(findings, null, 2)}\n`);
  return findings;
}

/**
 * The findings the last check recorded, or none when no check has run on this
 * project yet or its record cannot be read (the review pages then ask for a
 * check to be run, as for a new project).
 */
export function readReviewFindings(root: string): ReviewFindings | undefined {
  const file = reviewFindingsFile(root);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ReviewFindings;
  } catch {
    return undefined;
  }
}
