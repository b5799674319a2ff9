import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { nationalGlossaryFile, nationalWordsFile } from '../national/national-files.ts';
import type { ContentProblem } from './content-problem.ts';

/** The partnership's own settings, beside the year folders in data/. */
export const settingsFiles = ['partnership.yaml', 'glossary.yaml', 'accessibility.yaml', 'privacy.yaml', 'words.txt'] as const;

/** Where the national lists were kept before they came with the code: a fork made then still has them in data/. */
const movedNationalFiles = new Map([
  ['national-glossary.yaml', { now: nationalGlossaryFile, own: 'data/glossary.yaml' }],
  ['national-words.txt', { now: nationalWordsFile, own: 'data/words.txt' }],
]);

/**
 * A YAML or text file in data/ that the report does not read, so that a
 * misspelt name (glosary.yaml) or a file left from an older version is an
 * error rather than silently ignored. Pictures are left alone: the logo, for
 * one, is named in partnership.yaml.
 */
export function unknownSettingsFiles(root: string): ContentProblem[] {
  const dir = join(root, 'data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|txt)$/i.test(entry.name) && !(settingsFiles as readonly string[]).includes(entry.name))
    .map((entry): ContentProblem => {
      const file = `data/${entry.name}`;
      const moved = movedNationalFiles.get(entry.name);
      if (moved) {
        return {
          file,
          message: `This file is no longer read: the national list now comes with the code, in ${moved.now}, and is updated with it.`,
          fix: `Move any entry of the partnership's own to ${moved.own}, then delete ${file}.`,
          severity: 'error',
        };
      }
      return {
        file,
        message: `"${entry.name}" is not a file the report knows about, so it would be ignored.`,
        expected: `one of: ${settingsFiles.join(', ')}`,
        fix: 'Rename it to one of the expected names (check the spelling and the ending), or move it out of data/.',
        severity: 'error',
      };
    });
}
