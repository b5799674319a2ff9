import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from './paths.ts';

/**
 * Whether a project holds Croydon's own content: its 2024/25 year and its
 * settings. Tests of Croydon's transcription (its figures, its sections, its
 * source documents) mean nothing on another partnership's content, so they
 * run only here.
 */
export function holdsCroydonContent(root: string = contentRoot): boolean {
  const settings = join(root, 'data', 'partnership.yaml');
  if (!existsSync(join(root, 'data', '2024-25', 'report.yaml')) || !existsSync(settings)) return false;
  return (parse(readFileSync(settings, 'utf8')) as { shortName?: string } | null)?.shortName === 'CSCP';
}

/**
 * node:test options for a test of Croydon's transcription: run where
 * Croydon's content is, skipped with the reason everywhere else.
 */
export const croydonOnly: { skip: string | false } = {
  skip: holdsCroydonContent() ? false : 'this checks Croydon’s own content (data/2024-25 with shortName CSCP), which this repository does not hold',
};
