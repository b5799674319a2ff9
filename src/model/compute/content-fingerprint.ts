import { createHash } from 'node:crypto';

/** A hash of each file of a published year, by path relative to the project root. */
export type FileHashes = Record<string, string>;

/**
 * Fields of report.yaml that may be filled in after publication without
 * being a correction: the publication record (often known only later) and
 * the list of corrections itself.
 */
export const recordFields = ['publicationDate', 'sentToPanel', 'sentToFoundations', 'corrections'] as const;

/**
 * Hashes a file's content. Text is compared with Unix line endings, so a
 * checkout on Windows does not look like a change.
 */
export function hashContent(content: Buffer | string, isText: boolean): string {
  const bytes = isText ? Buffer.from(content.toString().replace(/\r\n/g, '\n'), 'utf8') : content;
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Hashes report.yaml's meaning rather than its bytes, leaving out the fields that may change after publication. */
export function hashReportMeta(meta: Record<string, unknown>): string {
  const kept = Object.fromEntries(
    Object.entries(meta)
      .filter(([key]) => !(recordFields as readonly string[]).includes(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return hashContent(JSON.stringify(kept), true);
}

export interface FingerprintDifference {
  changed: string[];
  added: string[];
  removed: string[];
}

/** What differs between the fingerprint recorded at publication and the files as they are now. */
export function compareFingerprints(recorded: FileHashes, current: FileHashes): FingerprintDifference {
  const paths = (hashes: FileHashes) => Object.keys(hashes).sort();
  return {
    changed: paths(current).filter((path) => path in recorded && recorded[path] !== current[path]),
    added: paths(current).filter((path) => !(path in recorded)),
    removed: paths(recorded).filter((path) => !(path in current)),
  };
}

export function isUnchanged(difference: FingerprintDifference): boolean {
  return difference.changed.length + difference.added.length + difference.removed.length === 0;
}
