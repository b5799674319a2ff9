import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { hashContent, hashReportMeta, type FileHashes } from '../compute/content-fingerprint.ts';
import { fingerprintSchema, type Fingerprint } from '../schemas/fingerprint.ts';
import type { ContentProblem } from './content-problem.ts';
import { loadYamlFile } from './load-year.ts';

export const fingerprintFile = (yearId: string) => `data/${yearId}/fingerprint.yaml`;

const textExtensions = new Set(['.md', '.yaml', '.yml', '.txt', '.csv', '.svg']);

/**
 * A hash of every file that makes up a year's report as published. Left out:
 * the fingerprint itself, and committee cover reports, which are papers for
 * meetings held after publication rather than part of the report.
 */
export function currentFileHashes(root: string, yearId: string): FileHashes {
  const hashes: FileHashes = {};
  const walk = (relativeDir: string) => {
    const full = join(root, relativeDir);
    if (!existsSync(full)) return;
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const path = `${relativeDir}/${entry.name}`;
      if (entry.name.startsWith('.') || path === fingerprintFile(yearId) || path === `data/${yearId}/committee-reports`) continue;
      if (entry.isDirectory()) walk(path);
      else hashes[path] = hashFile(root, path, yearId);
    }
  };
  walk(`data/${yearId}`);
  walk(`content/${yearId}`);
  return hashes;
}

function hashFile(root: string, path: string, yearId: string): string {
  const content = readFileSync(join(root, path));
  if (path === `data/${yearId}/report.yaml`) {
    try {
      const meta = parse(content.toString());
      if (meta && typeof meta === 'object') return hashReportMeta(meta as Record<string, unknown>);
    } catch {
      // An unreadable report.yaml is reported by the loader; hash its bytes so it still counts as a change.
    }
  }
  return hashContent(content, textExtensions.has(extname(path).toLowerCase()));
}

/** The fingerprint recorded when the year was published, if there is one. */
export function readFingerprint(root: string, yearId: string): { fingerprint?: Fingerprint; problems: ContentProblem[] } {
  if (!existsSync(join(root, fingerprintFile(yearId)))) return { problems: [] };
  const { data, problems } = loadYamlFile(root, fingerprintFile(yearId), fingerprintSchema);
  return { fingerprint: data, problems };
}

const fingerprintHeader = [
  '# Written by `npm run publish-year`: do not edit. It records each file of',
  '# the published report, so the check can tell when one changes without a',
  '# correction in report.yaml.',
  '',
].join('\n');

/**
 * Records the year as it stands now: every file's hash and how many
 * corrections it has, so a later change needs one more correction. A caller
 * that has just hashed the files passes them in rather than hashing again.
 */
export function writeFingerprint(root: string, yearId: string, recorded: string, corrections: number, files = currentFileHashes(root, yearId)): Fingerprint {
  const fingerprint: Fingerprint = { recorded, corrections, files };
  writeFileSync(join(root, fingerprintFile(yearId)), fingerprintHeader + stringify(fingerprint));
  return fingerprint;
}
